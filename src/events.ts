import type { SnapshotItem } from './data/types.js';

/** What went wrong, from the publisher's point of view. */
export type SnapshotErrorKind =
  /** No endpoint is configured, or it is not an http: or https: URL. */
  | 'config'
  /** The endpoint could not be reached. */
  | 'network'
  /** The endpoint did not answer in time. */
  | 'timeout'
  /** The endpoint answered with an HTTP error status. */
  | 'http'
  /** The body was not JSON or had no `items` array. */
  | 'invalid-response'
  /** The request succeeded but some tickers have no data. */
  | 'unavailable'
  /** Some tokens of the `tickers` attribute are not ticker symbols; they were not requested. */
  | 'invalid-ticker';

export interface SnapshotLoadDetail {
  /** The items rendered as cards, in card order. */
  items: SnapshotItem[];
  /** The provider named by the response, if any. */
  provider?: string;
  /** When the response says its data was assembled, if it does. */
  asOf?: string;
  /** Set when a refresh failed and the items shown are older data. */
  stale?: boolean;
}

export interface SnapshotErrorDetail {
  kind: SnapshotErrorKind;
  /** The HTTP status, for `http` and `invalid-response` errors. */
  status?: number;
  /** The tickers affected. */
  tickers: string[];
  /** A sentence for the publisher's logs; never shown to readers. */
  message: string;
}

/** Fired when cards have rendered from a usable response. */
export class SnapshotLoadEvent extends CustomEvent<SnapshotLoadDetail> {
  static readonly type = 'snapshot-load';
  constructor(detail: SnapshotLoadDetail) {
    super(SnapshotLoadEvent.type, { detail, bubbles: true, composed: true });
  }
}

/** Fired when the request fails as a whole, or some tickers have no data. */
export class SnapshotErrorEvent extends CustomEvent<SnapshotErrorDetail> {
  static readonly type = 'snapshot-error';
  constructor(detail: SnapshotErrorDetail) {
    super(SnapshotErrorEvent.type, { detail, bubbles: true, composed: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'snapshot-load': SnapshotLoadEvent;
    'snapshot-error': SnapshotErrorEvent;
  }
}
