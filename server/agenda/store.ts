/**
 * Holds the agenda model (model.ts) of the current data version, for one network's
 * database. `agenda_state.version` is bumped by triggers on every agenda table, so
 * `current()` knows with one small query whether the model is still current, also when
 * another server process changed the data: no process serves a stale page.
 *
 * That query is shared: requests that arrive while one is running wait for the next one,
 * which starts after they arrived. So every request sees every write committed before it
 * came in, while under load one query serves a whole batch of requests.
 */
import type { Database } from '../db/database.ts';
import { ensureHorizon, horizonIsStale, readAgendaState, type AgendaState } from './occurrence-index.ts';
import { loadAgenda, type AgendaModel } from './model.ts';
import { todayIn } from './zoned-time.ts';

export class AgendaStore {
  #loaded: { version: number; model: Promise<AgendaModel> } | undefined;
  #running: Promise<AgendaState> | undefined;
  #queued: Promise<AgendaState> | undefined;

  constructor(
    readonly db: Database,
    readonly now: () => Date = () => new Date(),
  ) {}

  /** The model of the data as it is now; moves the occurrence index's horizon on when the days have passed it. */
  async current(): Promise<AgendaModel> {
    let state = await this.#state();
    if (state.timeZone && horizonIsStale(state, todayIn(state.timeZone, this.now()))) {
      await ensureHorizon(this.db, this.now());
      state = await readAgendaState(this.db);
    }
    if (this.#loaded?.version !== state.version) {
      const model = loadAgenda(this.db);
      const loaded = { version: state.version, model };
      this.#loaded = loaded;
      model.catch(() => {
        if (this.#loaded === loaded) this.#loaded = undefined;
      });
    }
    return this.#loaded.model;
  }

  /** A state read that started after this call. */
  #state(): Promise<AgendaState> {
    if (!this.#running) return this.#start();
    this.#queued ??= this.#running
      .catch(() => undefined)
      .then(() => {
        this.#queued = undefined;
        return this.#start();
      });
    return this.#queued;
  }

  #start(): Promise<AgendaState> {
    const running = readAgendaState(this.db).finally(() => {
      if (this.#running === running) this.#running = undefined;
    });
    this.#running = running;
    return running;
  }
}
