/**
 * Holds the agenda model (model.ts) of the current data version, for one network's
 * database. `agenda_state.version` is bumped by triggers on every agenda table, so
 * `current()` knows with one small query whether the model is still current, also when
 * another server process changed the data: no process serves a stale page.
 *
 * That query is shared: requests that arrive while one is running wait for the next one,
 * which starts after they arrived. So every request sees every write committed before it
 * came in, while under load one query serves a whole batch of requests.
 *
 * On PGlite this process is the only writer (db.changes): the version read is made again
 * only after a write, as PGlite's queries run on the event loop (decision 0008).
 */
import type { Database } from '../db/database.ts';
import { ensureHorizon, horizonIsStale, readAgendaVersion } from './occurrence-index.ts';
import { loadAgenda, type AgendaModel } from './model.ts';
import { todayIn } from '../../common/zoned-time.ts';

export class AgendaStore {
  #loaded: { version: number; model: Promise<AgendaModel> } | undefined;
  #running: Promise<number> | undefined;
  #queued: Promise<number> | undefined;
  /** PGlite: the version read last, and db.changes() when that read started. */
  #known: { changes: number; version: number } | undefined;

  constructor(
    readonly db: Database,
    readonly now: () => Date = () => new Date(),
  ) {}

  /** The model of the data as it is now; moves the occurrence index's horizon on when the days have passed it. */
  async current(): Promise<AgendaModel> {
    const model = await this.#modelOf(await this.#version());
    const state = { horizon: model.horizonDates, timeZone: model.network.timezone };
    if (!horizonIsStale(state, todayIn(state.timeZone, this.now()))) return model;
    await ensureHorizon(this.db, this.now());
    return this.#modelOf(await readAgendaVersion(this.db));
  }

  #modelOf(version: number): Promise<AgendaModel> {
    if (this.#loaded?.version !== version) {
      const model = loadAgenda(this.db);
      const loaded = { version, model };
      this.#loaded = loaded;
      model.catch(() => {
        if (this.#loaded === loaded) this.#loaded = undefined;
      });
    }
    return this.#loaded.model;
  }

  /** A version read that started after this call (or, on PGlite, after the last write). */
  #version(): Promise<number> {
    if (this.#known && this.#known.changes === this.db.changes?.()) return Promise.resolve(this.#known.version);
    if (!this.#running) return this.#start();
    this.#queued ??= this.#running
      .catch(() => undefined)
      .then(() => {
        this.#queued = undefined;
        return this.#start();
      });
    return this.#queued;
  }

  #start(): Promise<number> {
    const changes = this.db.changes?.();
    const running = readAgendaVersion(this.db).finally(() => {
      if (this.#running === running) this.#running = undefined;
    });
    if (changes !== undefined) running.then((version) => (this.#known = { changes, version }), () => {});
    this.#running = running;
    return running;
  }
}
