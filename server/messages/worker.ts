// The outbox worker: on a timer it writes the reminders that are due and sends what is
// waiting, a small batch per tick. Delivery is at least once and nothing is lost:
//   - a batch is claimed with a lease (claimed_until); other workers skip it;
//   - a message is marked sent only after the SMTP server accepted it;
//   - a process that dies between the two leaves the lease to run out, and the message
//     is sent again with the same Message-ID, so the receiving system sees one message;
//   - a failure is kept (attempts, last_error) and tried again later, backing off up to
//     an hour, and given up (failed_at, still in the outbox) after MAX_ATTEMPTS attempts;
//     so is a message whose sending stops the process every time (claimMessages), and
//     an attempt is counted as it begins, so it uses up its own attempts, not its batch's.
// One worker per database (network); nothing here is shared between networks.
// Logs hold ids and counts only: no recipient, no subject, no body.
import type { Queryable } from '../db/database.ts';
import type { Logger } from '../log.ts';
import { toMail } from './mail.ts';
import { beginAttempt, claimMessages, markFailed, markSent, releaseMessages, type ClaimedMessage } from './outbox.ts';
import { writeReminders } from './reminders.ts';
import { describeFailure, SEND_LIMIT_MS, type Transport } from './transport.ts';

export const MAX_ATTEMPTS = 24;

/** One minute after the first failure, doubling, at most an hour: about a day in all before giving up. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(attempts - 1, 0), 3_600_000);
}

export interface OutboxWorkerOptions {
  db: Queryable;
  /** Absent: messages are kept unsent (shown on the "Berichten" page); reminders are still written. */
  transport?: Transport;
  log: Logger;
  now?: () => Date;
  /** Pause between ticks. */
  intervalMs?: number;
  /** Messages claimed per tick. */
  batchSize?: number;
  /** How long a claim holds; by default the longest a whole batch can take to send. */
  leaseMs?: number;
  maxAttempts?: number;
  /** Called right after the SMTP server accepted a message, before it is marked sent (tests). */
  afterSend?: (id: number) => void | Promise<void>;
}

export interface TickResult {
  sent: number;
  failed: number;
  reminders: number;
}

export class OutboxWorker {
  readonly #o: Required<Omit<OutboxWorkerOptions, 'transport' | 'afterSend'>> & Pick<OutboxWorkerOptions, 'transport' | 'afterSend'>;
  #timer: NodeJS.Timeout | undefined;
  #current: Promise<unknown> | undefined;
  #stopping = false;

  constructor(options: OutboxWorkerOptions) {
    const batchSize = options.batchSize ?? 10;
    this.#o = {
      now: () => new Date(),
      intervalMs: 5_000,
      leaseMs: batchSize * SEND_LIMIT_MS + 60_000,
      maxAttempts: MAX_ATTEMPTS,
      ...options,
      batchSize,
    };
  }

  /** How long a claim holds. */
  get leaseMs(): number {
    return this.#o.leaseMs;
  }

  /** One round: the reminders that are due, then one batch of messages (when there is a transport). */
  async tick(): Promise<TickResult> {
    const { db, log, now } = this.#o;
    const reminders = await writeReminders(db, now());
    if (reminders) log.info('outbox reminders written', { count: reminders });
    const result = { sent: 0, failed: 0, reminders };
    if (!this.#o.transport || this.#stopping) return result;

    const started = now();
    const leaseUntil = new Date(started.getTime() + this.#o.leaseMs);
    const batch = await claimMessages(db, started, leaseUntil, this.#o.batchSize, this.#o.maxAttempts);
    for (const [i, message] of batch.entries()) {
      // Stopping, or our lease ran out (another worker may hold these now): leave the rest.
      if (this.#stopping || now() >= leaseUntil) {
        await releaseMessages(db, batch.slice(i).map((m) => m.id));
        break;
      }
      if (await this.#deliver(message)) result.sent++;
      else result.failed++;
    }
    if (result.sent || result.failed) log.info('outbox delivered', { sent: result.sent, failed: result.failed });
    return result;
  }

  async #deliver(message: ClaimedMessage): Promise<boolean> {
    const { db, log, now, transport } = this.#o;
    const attempts = await beginAttempt(db, message.id);
    try {
      await transport!.send(toMail(message));
    } catch (error) {
      const { code, text } = describeFailure(error);
      const givenUp = attempts >= this.#o.maxAttempts;
      const at = now();
      await markFailed(db, message.id, text, new Date(at.getTime() + retryDelayMs(attempts)), givenUp, at);
      log.warn(givenUp ? 'outbox message given up' : 'outbox message not sent, tried again later', { id: message.id, attempts, code });
      return false;
    }
    await this.#o.afterSend?.(message.id);
    await markSent(db, message.id, now());
    return true;
  }

  /** Ticks every intervalMs, the first one at once; a failing tick is logged and the next one tries again. */
  start(): this {
    const loop = async () => {
      this.#current = this.tick().catch((error: Error & { code?: string }) => {
        this.#o.log.error('outbox tick failed', { error: error?.name, code: error?.code });
      });
      await this.#current;
      this.#current = undefined;
      if (!this.#stopping) this.#timer = setTimeout(loop, this.#o.intervalMs).unref();
    };
    this.#timer = setTimeout(loop, 0).unref();
    return this;
  }

  /** No new tick; resolves when the tick in progress has finished its current message. */
  async stop(): Promise<void> {
    this.#stopping = true;
    clearTimeout(this.#timer);
    await this.#current;
    this.#o.transport?.close();
  }
}
