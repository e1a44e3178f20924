import type { SnapshotRequestError } from './request.js';
import type { SnapshotData } from './types.js';

/** What a panel has to show: one template per state (templates/snapshot.ts). */
export type LoadState =
  | { status: 'loading' }
  | {
      status: 'complete';
      data: SnapshotData;
      /** When the data shown is from: the oldest response's `asOf`, else when it came (0 when nothing was asked). */
      fetchedAt: number;
      /** Set when the newest attempt failed and older data is shown: since when, and for which tickers (all when not said). */
      stale?: { since: number; error: SnapshotRequestError; tickers?: string[] };
      /** Nothing was asked (every ticker is invalid): no response, so no snapshot-load. */
      unasked?: true;
      /** Set when the request for some tickers failed and nothing is stored for them (shown as unavailable); the rest is new. */
      failed?: { error: SnapshotRequestError; tickers: string[] };
    }
  | { status: 'error'; error: SnapshotRequestError }
  /** "Try again" is under way after a failure. */
  | { status: 'retrying'; error: SnapshotRequestError };
