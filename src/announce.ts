import { entriesFor } from './data/entries.js';
import { requested, type TickerToken } from './data/tickers.js';
import { SnapshotErrorEvent, SnapshotLoadEvent } from './events.js';
import type { LoadState } from './data/state.js';

/**
 * How a failed panel speaks its failure: `live`, a polite live region with
 * its words held back until the region is on screen (a task later, when they
 * are put in and heard); `said`, the region with its words; undefined, none
 * (the text on screen is read as any other).
 */
export type Voice = 'live' | 'said' | undefined;

/** What a settled state tells the page: the events to dispatch, and a message for the publisher's console. */
export interface Announcement {
  events: (SnapshotLoadEvent | SnapshotErrorEvent)[];
  /** A configuration problem the publisher must fix (no endpoint, no tickers…). */
  console?: string;
}

/**
 * The events a state produces, as a pure function of the state and the
 * element's tickers: `snapshot-load` for rendered cards (then
 * `snapshot-error` for a failed refresh, unavailable tickers and invalid
 * ones), or one `snapshot-error` for a whole failure. Nothing while loading
 * or retrying: those are announced when they settle.
 */
export function announcement(state: LoadState, tokens: readonly TickerToken[]): Announcement {
  const tickers = requested(tokens);
  const failure = (
    { kind, status, message }: { kind: SnapshotErrorEvent['detail']['kind']; status?: number; message: string },
    affected = tickers,
  ) => new SnapshotErrorEvent({ kind, ...(status !== undefined && { status }), tickers: affected, message });
  if (state.status === 'loading' || state.status === 'retrying') return { events: [] };
  if (state.status === 'error') {
    return { events: [failure(state.error)], ...(state.error.kind === 'config' && { console: state.error.message }) };
  }
  const entries = entriesFor(tokens, state.data);
  // Cards from a response (none when nothing could be asked).
  const events: Announcement['events'] = state.unasked
    ? []
    : [
        new SnapshotLoadEvent({
          items: entries.flatMap((e) => (e.state === 'item' ? [e.item] : [])),
          ...(state.data.provider && { provider: state.data.provider }),
          ...(state.data.asOf && { asOf: state.data.asOf }),
          ...(state.stale && { stale: true }),
        }),
      ];
  // A failed request: for the tickers it affected (all of them, when a refresh of everything failed).
  const failed = state.stale ?? state.failed;
  if (failed) events.push(failure(failed.error, failed.tickers));
  const unavailable = entries.filter((e) => e.state === 'unavailable' && !failed?.tickers?.includes(e.ticker)).map((e) => e.ticker);
  if (unavailable.length) {
    events.push(new SnapshotErrorEvent({ kind: 'unavailable', tickers: unavailable, message: `No data for ${unavailable.join(', ')}.` }));
  }
  const invalid = entries.filter((e) => e.state === 'invalid').map((e) => e.ticker);
  if (invalid.length) {
    events.push(
      new SnapshotErrorEvent({
        kind: 'invalid-ticker',
        tickers: invalid,
        message: `Not ticker symbols, so not requested: ${invalid.join(', ')}.`,
      }),
    );
  }
  return { events };
}
