import { setting } from '../config.js';
import { SnapshotRequestError, fetchSnapshot, timeoutError, type FetchOptions, type FetchResult } from './request.js';

/** Timers take at most 2^31 − 1 ms (about 24.8 days); a longer delay would fire at once. */
export const MAX_DELAY = 2 ** 31 - 1;

/** Milliseconds to wait before retry `attempt` (0-based), or `undefined` to give up. */
export function retryDelay(error: unknown, attempt: number, random = Math.random): number | undefined {
  if (!(error instanceof SnapshotRequestError)) return undefined;
  const { kind, status = 0, retryAfter } = error;
  const retryable = kind === 'network' || (kind === 'http' && (status === 408 || status === 429 || status >= 500));
  if (!retryable || attempt >= setting('retries')) return undefined;
  const cap = setting('retryMaxDelay') * 1000;
  // Full jitter: random(0, min(cap, base · 2^attempt)).
  const backoff = random() * Math.min(cap, setting('retryBaseDelay') * 1000 * 2 ** attempt);
  if (retryAfter === undefined) return backoff;
  // Honour Retry-After, unless it asks for longer than we would ever wait.
  return retryAfter > cap ? undefined : Math.max(backoff, retryAfter);
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const abort = () => {
      clearTimeout(timer);
      // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors -- the signal's own reason
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', abort);
      resolve();
    }, ms);
    signal.addEventListener('abort', abort, { once: true });
  });
}

export interface FlightResult extends FetchResult {
  /** When the attempt that succeeded was sent (ms since the epoch). */
  fetchedAt: number;
}

/**
 * One request with its retries (full-jitter backoff on network errors, 408,
 * 429 and 5xx, honouring `Retry-After`).
 *
 * It has one deadline, carried by its `signal`: the deadline of its most
 * patient waiter. A waiter that joins later with more patience pushes the
 * deadline out; one with less gives up on its own, without cutting the flight
 * short. The flight is aborted when its last waiter leaves.
 */
export class Flight<Waiter = unknown> {
  readonly #controller = new AbortController();
  /** Aborted when the deadline passes (with a `timeout` error) or when nobody waits any more. */
  readonly signal = this.#controller.signal;
  readonly waiters = new Set<Waiter>();
  readonly done: Promise<FlightResult>;
  settled = false;
  /** The last attempt's failure, while the flight waits to try again. */
  between?: SnapshotRequestError;
  /** The endpoint's Retry-After, while the flight waits it out. */
  get waitingOut(): SnapshotRequestError | undefined {
    return this.between?.retryAfter === undefined ? undefined : this.between;
  }
  /** Milliseconds its most patient waiter allowed (from when that waiter joined). */
  patience = 0;
  #deadline = 0;
  #timer?: ReturnType<typeof setTimeout>;

  constructor(
    url: string,
    options: Omit<FetchOptions, 'signal'>,
    /** Called once, when it settles or is abandoned. */
    private readonly onEnd: () => void,
  ) {
    this.done = this.#run(url, options);
    // Its waiters may all have gone; whoever cares reads the outcome from `done`.
    this.done.catch(() => {});
  }

  get live(): boolean {
    return !this.settled && !this.signal.aborted;
  }

  /** Adds a waiter that gives up after `timeout` ms; the deadline moves out if it is the most patient. */
  join(waiter: Waiter, timeout: number): void {
    this.waiters.add(waiter);
    const deadline = Date.now() + timeout;
    if (deadline <= this.#deadline || !this.live) return;
    this.#deadline = deadline;
    this.patience = timeout;
    clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#controller.abort(timeoutError(timeout)), Math.min(timeout, MAX_DELAY));
  }

  leave(waiter: Waiter): void {
    this.waiters.delete(waiter);
    if (!this.waiters.size && this.live) {
      this.#controller.abort();
      this.#end();
    }
  }

  #end(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.settled) return;
    this.settled = true;
    this.onEnd();
  }

  async #run(url: string, options: Omit<FetchOptions, 'signal'>): Promise<FlightResult> {
    const { signal } = this;
    // Joined by its first waiters in the same task, before the first attempt.
    await Promise.resolve();
    try {
      for (let attempt = 0; ; attempt++) {
        const fetchedAt = Date.now();
        try {
          return { ...(await fetchSnapshot(url, { ...options, signal })), fetchedAt };
        } catch (error) {
          if (signal.aborted) throw error;
          const wait = retryDelay(error, attempt);
          if (wait === undefined) throw error;
          this.between = error instanceof SnapshotRequestError ? error : undefined;
          await sleep(wait, signal).catch((reason: unknown) => {
            // The deadline passed while waiting to try again: the endpoint did answer, and its answer says more than "no response".
            throw reason instanceof SnapshotRequestError && reason.kind === 'timeout' && this.between ? this.between : reason;
          });
          this.between = undefined;
        }
      }
    } finally {
      this.#end();
    }
  }
}
