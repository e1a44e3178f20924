import type { SnapshotRequestError } from './request.js';
import type { SnapshotData } from './types.js';

/** What a panel has to show: one template per state (templates/snapshot.ts). */
export type LoadState =
  | { status: 'loading' }
  | {
      status: 'complete';
      data: SnapshotData;
      /** When the data shown was fetched (0 when it came inline). */
      fetchedAt: number;
      /** Set when the newest attempt failed and older data is shown. */
      stale?: { since: number; error: SnapshotRequestError };
    }
  | { status: 'error'; error: SnapshotRequestError }
  /** "Try again" is under way after a failure. */
  | { status: 'retrying'; error: SnapshotRequestError };
