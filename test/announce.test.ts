import { expect } from '@open-wc/testing';
import { announcement } from '../src/announce.js';
import { SnapshotRequestError } from '../src/data/request.js';
import type { SnapshotData } from '../src/data/types.js';
import { SnapshotErrorEvent, SnapshotLoadEvent } from '../src/events.js';
import type { LoadState } from '../src/data/state.js';

/** What events a state produces: a pure function, tested without an element. */
const tokens = [
  { ticker: 'MSFT', valid: true },
  { ticker: 'ZZZZ', valid: true },
  { ticker: 'B@D', valid: false },
];
const data: SnapshotData = {
  provider: 'AlphaDesk',
  asOf: '2026-04-27T20:30:00Z',
  items: [{ ticker: 'MSFT', name: 'Microsoft', score: 65 }],
  errors: [{ ticker: 'ZZZZ', code: 'not_found' }],
} as SnapshotData;
const summary = (state: LoadState) =>
  announcement(state, tokens).events.map((event) =>
    event instanceof SnapshotLoadEvent
      ? `load ${event.detail.items.map((i) => i.ticker).join(',')}${event.detail.stale ? ' stale' : ''}`
      : `error ${(event as SnapshotErrorEvent).detail.kind} ${(event as SnapshotErrorEvent).detail.tickers.join(',')}`,
  );

describe('announcement: the events a state produces', () => {
  it('tells nothing while loading or retrying', () => {
    expect(summary({ status: 'loading' })).to.deep.equal([]);
    expect(summary({ status: 'retrying', error: new SnapshotRequestError('network', 'down') })).to.deep.equal([]);
  });

  it('tells a whole failure once, with its status, for the valid tickers', () => {
    const { events, console } = announcement({ status: 'error', error: new SnapshotRequestError('http', 'HTTP 503', 503) }, tokens);
    expect(events).to.have.length(1);
    const { detail } = events[0] as SnapshotErrorEvent;
    expect(detail).to.deep.equal({ kind: 'http', status: 503, tickers: ['MSFT', 'ZZZZ'], message: 'HTTP 503' });
    expect(console).to.equal(undefined);
  });

  it('sends a configuration problem to the console as well', () => {
    const { events, console } = announcement({ status: 'error', error: new SnapshotRequestError('config', 'no endpoint') }, tokens);
    expect(summary({ status: 'error', error: new SnapshotRequestError('config', 'no endpoint') })).to.deep.equal([
      'error config MSFT,ZZZZ',
    ]);
    expect(events).to.have.length(1);
    expect(console).to.equal('no endpoint');
  });

  it('tells the rendered cards, then the tickers without data and the invalid ones, in that order', () => {
    expect(summary({ status: 'complete', data, fetchedAt: 1 })).to.deep.equal([
      'load MSFT',
      'error unavailable ZZZZ',
      'error invalid-ticker B@D',
    ]);
    const [load] = announcement({ status: 'complete', data, fetchedAt: 1 }, tokens).events as SnapshotLoadEvent[];
    expect(load.detail.provider).to.equal('AlphaDesk');
    expect(load.detail.asOf).to.equal('2026-04-27T20:30:00Z');
    expect(load.bubbles && load.composed, 'heard outside the element').to.equal(true);
  });

  it('tells a failure that left some tickers with nothing for those tickers only, not also as unavailable', () => {
    const state: LoadState = {
      status: 'complete',
      data: { ...data, errors: [] },
      fetchedAt: 1,
      failed: { error: new SnapshotRequestError('http', 'HTTP 500', 500), tickers: ['ZZZZ'] },
    };
    expect(summary(state)).to.deep.equal(['load MSFT', 'error http ZZZZ', 'error invalid-ticker B@D']);
  });

  it('tells no snapshot-load when nothing could be asked, only the invalid tickers', () => {
    const state: LoadState = { status: 'complete', data: { items: [], errors: [] }, fetchedAt: 0, unasked: true };
    expect(announcement(state, [{ ticker: 'B@D', valid: false }]).events.map((e) => e.type)).to.deep.equal(['snapshot-error']);
  });

  it('marks a failed refresh: the older cards, stale, then the failure', () => {
    const state: LoadState = {
      status: 'complete',
      data,
      fetchedAt: 1,
      stale: { since: 1, error: new SnapshotRequestError('timeout', 'timed out') },
    };
    expect(summary(state)).to.deep.equal([
      'load MSFT stale',
      'error timeout MSFT,ZZZZ',
      'error unavailable ZZZZ',
      'error invalid-ticker B@D',
    ]);
  });
});
