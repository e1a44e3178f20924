import { expect } from '@open-wc/testing';
import '../src/index.js';
import { ENDPOINT, serve, startWorker, worker } from './support/msw.js';
import { track } from './support/tracker.js';

// The test's own waiting uses the real timer, captured before anything is tracked.
const realSetTimeout = window.setTimeout.bind(window);
const sleep = (ms: number) => new Promise((resolve) => realSetTimeout(resolve, ms));
const gc = (window as unknown as { gc?: (options?: object) => Promise<void> | void }).gc;

/**
 * Lets the page render a few frames (layout drops its references to removed
 * nodes), then collects. The collection runs as a task of its own, with no
 * script on the stack, so that no stale stack slot keeps a node alive.
 */
async function collect(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await new Promise(requestAnimationFrame);
    await gc?.({ type: 'major', execution: 'async' });
    await sleep(20);
  }
}

/** Connects and disconnects 1,000 elements; returns weak references to them. */
async function cycles(host: HTMLElement, attributes: Record<string, string>): Promise<WeakRef<Element>[]> {
  const refs: WeakRef<Element>[] = [];
  for (let i = 0; i < 1000; i++) {
    const el = document.createElement('research-snapshot');
    el.setAttribute('tickers', `MSFT AMZN T${i % 7}`);
    el.setAttribute('endpoint', ENDPOINT);
    for (const [attribute, value] of Object.entries(attributes)) el.setAttribute(attribute, value);
    host.append(el);
    // Some are removed before their first update, some after it, some with a request started.
    if (i % 3 !== 0) await el.updateComplete;
    if (i % 100 === 0) await sleep(10);
    el.remove();
    refs.push(new WeakRef(el));
  }
  return refs;
}

describe('nothing left behind', () => {
  before(startWorker);
  afterEach(() => worker.resetHandlers());

  for (const [name, attributes] of [
    ['lazy, with refresh', { loading: 'lazy', refresh: '30' }],
    ['eager, with refresh and a request in flight', { loading: 'eager', refresh: '30' }],
  ] as const) {
    it(`1,000 connects and disconnects (${name}) leave no timer, listener, observer or request, and the elements can be collected`, async () => {
      serve((tickers) => ({ items: tickers.map((ticker) => ({ ticker, score: 50 })) }), { wait: 50 });
      const host = document.createElement('div');
      document.body.append(host);
      const tracker = track();
      let refs: WeakRef<Element>[];
      try {
        refs = await cycles(host, attributes);
        // Requests under way finish, and the short timers around them run out; anything still there after 3 s was left behind.
        for (let waited = 0; (tracker.live().fetches > 0 || tracker.live().timers > 0) && waited < 3000; waited += 50) await sleep(50);
        await sleep(100);
        expect(tracker.live()).to.deep.equal({ timers: 0, intervals: 0, listeners: [], observed: 0, fetches: 0 });
      } finally {
        tracker.stop();
        host.remove();
      }
      // Forcing a collection needs Chromium's --js-flags=--expose-gc; elsewhere the counts above are the proof.
      if (!navigator.userAgent.includes('Chrome')) return;
      expect(gc, 'run Chromium with --js-flags=--expose-gc').to.be.a('function');
      await collect();
      const alive = refs.flatMap((ref, i) => (ref.deref() ? [i] : []));
      expect(alive, 'elements still reachable after GC').to.deep.equal([]);
    });
  }

  it('a panel removed before its first update, while a web font loads, leaves no timer', async () => {
    // A font the server holds back: the page's fonts are loading for 2 s.
    const face = new FontFace('Held Back Test Font', 'url(/test-fonts/LiberationSans-Regular.ttf?delay=2000)');
    document.fonts.add(face);
    void face.load().catch(() => {});
    const tracker = track();
    try {
      expect(document.fonts.status).to.equal('loading');
      const el = document.createElement('research-snapshot');
      el.setAttribute('tickers', 'MSFT');
      el.setAttribute('endpoint', ENDPOINT);
      document.body.append(el);
      el.remove();
      await (el as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      await sleep(700);
      expect(document.fonts.status, 'the font is still loading').to.equal('loading');
      expect(tracker.live().timers, 'timers still set').to.equal(0);
    } finally {
      tracker.stop();
      document.fonts.delete(face);
    }
  });
});
