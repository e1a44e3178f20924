import { expect } from '@open-wc/testing';
import type sinon from 'sinon';
import { EndpointClient, clientFor, retryDelay, type LoadOptions, type LoadResult } from '../src/data/client.js';
import { SnapshotRequestError } from '../src/data/request.js';
import { countingEndpoint, fakeClock, fakeEndpoint, reply, settle, status, watch, type FakeEndpoint } from './support/fake-endpoint.js';

/**
 * The page-wide data client on its own, with an injected fetch and a fake
 * clock: every timing below is exact, in fake milliseconds.
 */

const ENDPOINT = 'https://api.example.test/v1/snapshot';
const scores = (result: LoadResult) => Object.fromEntries(result.data.items.map((item) => [item.ticker, item.score]));

describe('page-wide data client', () => {
  let clock: sinon.SinonFakeTimers;
  let client: EndpointClient;
  /** A client on the fake endpoint (a new one per test: the cache is per client). */
  const use = (fake: FakeEndpoint, url = ENDPOINT) => {
    client = new EndpointClient(url, { fetch: fake.fetch });
    return fake.calls;
  };
  const load = (tickers: string[], options?: LoadOptions) => client.load(tickers, options);
  const run = <T>(promise: Promise<T>) => settle(clock, promise);

  beforeEach(() => {
    window.ResearchSnapshotConfig = { retryBaseDelay: 0.01, retryMaxDelay: 2 };
    clock = fakeClock();
  });
  afterEach(() => {
    clock.restore();
    delete window.ResearchSnapshotConfig;
  });

  describe('batching', () => {
    it('asks for what is wanted in one task with one request for the sorted union', async () => {
      const calls = use(countingEndpoint());
      const results = await run(
        Promise.all([
          load(['AMZN', 'GOOGL', 'MSFT', 'NVDA']),
          load(['META', 'MSFT', 'NVDA', 'TSLA']),
          load(['AAPL', 'AMZN', 'META', 'TSLA']),
        ]),
      );
      expect(calls.map((c) => c.tickers)).to.deep.equal(['AAPL,AMZN,GOOGL,META,MSFT,NVDA,TSLA']);
      expect(results.map((r) => r.data.items.length)).to.deep.equal([4, 4, 4]);
      expect(results.every((r) => !r.failure && !r.missing.length)).to.equal(true);
    });

    it('asks again in a later task', async () => {
      const calls = use(countingEndpoint());
      await run(load(['MSFT']));
      await run(load(['AMZN']));
      expect(calls.map((c) => c.tickers)).to.deep.equal(['MSFT', 'AMZN']);
    });

    it('keeps endpoints apart, and two spellings of one endpoint together', () => {
      expect(clientFor(`${ENDPOINT}/a`)).to.not.equal(clientFor(`${ENDPOINT}/b`));
      expect(clientFor(`${ENDPOINT}/a`)).to.equal(clientFor(`${ENDPOINT}/x/../a`));
    });

    it('splits a set larger than the batch size into the fewest requests', async () => {
      window.ResearchSnapshotConfig = { batchSize: 3 };
      const calls = use(countingEndpoint());
      await run(Promise.all([load(['G', 'F', 'E', 'D']), load(['C', 'B', 'A'])]));
      expect(calls.map((c) => c.tickers)).to.deep.equal(['A,B,C', 'D,E,F', 'G']);
    });

    it('batches 50 tickers by default', async () => {
      const calls = use(countingEndpoint());
      const tickers = Array.from({ length: 120 }, (_, i) => `T${String(i).padStart(3, '0')}`);
      const result = await run(load(tickers));
      expect(calls.map((c) => c.tickers!.split(',').length)).to.deep.equal([50, 50, 20]);
      expect(result.data.items).to.have.length(120);
    });

    it('shares a request already in flight instead of repeating it', async () => {
      const calls = use(countingEndpoint({ wait: 300 }));
      const first = load(['MSFT']);
      await clock.tickAsync(100);
      const second = load(['MSFT', 'AMZN']);
      const [a, b] = await run(Promise.all([first, second]));
      expect(calls.map((c) => c.tickers)).to.deep.equal(['MSFT', 'AMZN']);
      expect(scores(a)).to.deep.equal({ MSFT: 1 });
      expect(scores(b)).to.deep.equal({ MSFT: 1, AMZN: 2 });
    });

    it('a caller that stops waiting before its batch is sent is not waited for', async () => {
      const calls = use(countingEndpoint());
      const controller = new AbortController();
      const gone = watch(load(['MSFT'], { signal: controller.signal }));
      controller.abort();
      await clock.tickAsync(10);
      expect(gone.settled).to.equal(true);
      expect(calls).to.have.length(0);
    });
  });

  describe('deadlines', () => {
    it('gives up after the timeout, with a timeout error, and does not retry', async () => {
      const calls = use(countingEndpoint({ wait: 3000 }));
      const pending = watch(load(['MSFT'], { timeout: 200 }));
      await clock.tickAsync(199);
      expect(pending.settled).to.equal(false);
      await clock.tickAsync(1);
      const result = await pending.promise;
      expect([result.failure?.kind, result.failure?.message]).to.deep.equal(['timeout', 'No response within 0.2 s.']);
      expect(result.missing).to.deep.equal(['MSFT']);
      expect(calls[0].signal.aborted, 'the request is aborted').to.equal(true);
      await clock.tickAsync(10_000);
      expect(calls).to.have.length(1);
    });

    it('a caller that joins a request keeps its own timeout', async () => {
      const calls = use(countingEndpoint({ wait: 2000 }));
      const patient = watch(load(['MSFT'], { timeout: 30_000 }));
      await clock.tickAsync(50);
      const impatient = watch(load(['MSFT'], { timeout: 200 }));
      await clock.tickAsync(200);
      expect(impatient.settled).to.equal(true);
      expect((await impatient.promise).failure?.kind).to.equal('timeout');
      expect(patient.settled).to.equal(false);
      expect(calls[0].signal.aborted, 'the shared request goes on').to.equal(false);
      const result = await run(patient.promise);
      expect(scores(result)).to.deep.equal({ MSFT: 1 });
      expect(calls).to.have.length(1);
    });

    it('an impatient caller batched with a patient one does not cut the shared request short', async () => {
      const calls = use(countingEndpoint({ wait: 1500 }));
      const patient = watch(load(['MSFT'], { timeout: 5000 }));
      const impatient = watch(load(['MSFT'], { timeout: 500 }));
      await clock.tickAsync(500);
      expect((await impatient.promise).failure?.kind).to.equal('timeout');
      await clock.tickAsync(1000);
      expect(scores(await patient.promise)).to.deep.equal({ MSFT: 1 });
      expect(calls).to.have.length(1);
    });

    it('a patient caller that joins a request an impatient one started pushes its deadline out', async () => {
      const calls = use(countingEndpoint({ wait: 2000 }));
      const impatient = watch(load(['MSFT'], { timeout: 1000 }));
      await clock.tickAsync(50);
      const patient = watch(load(['MSFT'], { timeout: 5000 }));
      await clock.tickAsync(950);
      expect((await impatient.promise).failure?.kind).to.equal('timeout');
      expect(calls[0].signal.aborted).to.equal(false);
      await clock.tickAsync(1000);
      expect(scores(await patient.promise)).to.deep.equal({ MSFT: 1 });
      expect(calls).to.have.length(1);
    });

    it('a timeout beyond what a timer can hold does not cut a shared request short', async () => {
      const calls = use(countingEndpoint({ wait: 300 }));
      const first = load(['MSFT'], { timeout: 10_000 });
      await clock.tickAsync(50);
      const second = load(['MSFT'], { timeout: 2_200_000_000 });
      const [a, b] = await run(Promise.all([first, second]));
      expect([a.failure, b.failure]).to.deep.equal([undefined, undefined]);
      expect(calls).to.have.length(1);
    });

    it('after a timeout, later first loads of those tickers fail fast for as long as the timeout; a refresh asks again', async () => {
      const calls = use(countingEndpoint({ wait: 3000 }));
      await run(load(['MSFT'], { timeout: 200 }));
      const later = await run(load(['MSFT'], { timeout: 200 }));
      expect(later.failure?.kind).to.equal('timeout');
      expect(calls, 'not sent to a hung endpoint again').to.have.length(1);
      const refresh = watch(load(['MSFT'], { timeout: 200, maxAge: 0 }));
      await clock.tickAsync(1);
      expect(calls, 'a refresh tries again').to.have.length(2);
      await run(refresh.promise);
      await clock.tickAsync(250);
      void load(['MSFT'], { timeout: 5000 });
      await clock.tickAsync(1);
      expect(calls, 'asked again once the block is over').to.have.length(3);
    });

    it('a request that times out between retries makes later first loads fail fast with the endpoint’s answer', async () => {
      window.ResearchSnapshotConfig = { retryBaseDelay: 0.01, retryMaxDelay: 2, retries: 3 };
      const calls = use(fakeEndpoint(() => status(503, { 'Retry-After': '1' })));
      const first = load(['MSFT'], { timeout: 100 });
      await clock.tickAsync(50);
      const second = load(['MSFT'], { timeout: 600 });
      const [a, b] = await run(Promise.all([first, second]));
      // Both gave up while the request waited to try again: what they were told is the endpoint's answer.
      expect([a.failure?.kind, a.failure?.status, b.failure?.kind, b.failure?.status]).to.deep.equal(['http', 503, 'http', 503]);
      const third = watch(load(['MSFT'], { timeout: 600 }));
      await clock.tickAsync(1);
      expect(third.settled, 'failed fast').to.equal(true);
      expect((await third.promise).failure?.status).to.equal(503);
      expect(calls).to.have.length(1);
    });
  });

  describe('abort', () => {
    it('aborts a request no other caller waits for', async () => {
      const calls = use(countingEndpoint({ wait: 500 }));
      const controller = new AbortController();
      const pending = load(['MSFT'], { signal: controller.signal });
      await clock.tickAsync(10);
      controller.abort();
      expect(calls[0].signal.aborted).to.equal(true);
      const error = await pending.then(
        () => undefined,
        (e: unknown) => e,
      );
      expect((error as DOMException).name, 'rejects with the signal’s reason').to.equal('AbortError');
    });

    it('lets a shared request go on while another caller still waits for it, and aborts it once every caller is gone', async () => {
      const calls = use(countingEndpoint({ wait: 500 }));
      const a = new AbortController();
      const b = new AbortController();
      void load(['MSFT'], { signal: a.signal }).catch(() => {});
      void load(['AMZN'], { signal: b.signal }).catch(() => {});
      await clock.tickAsync(10);
      expect(calls).to.have.length(1);
      a.abort();
      expect(calls[0].signal.aborted).to.equal(false);
      b.abort();
      expect(calls[0].signal.aborted).to.equal(true);
    });

    it('a caller that leaves and asks again at once gets the data, not an error', async () => {
      const calls = use(countingEndpoint({ wait: 300 }));
      const controller = new AbortController();
      void load(['MSFT'], { signal: controller.signal }).catch(() => {});
      await clock.tickAsync(100);
      controller.abort();
      const again = await run(load(['MSFT'], { maxAge: 0 }));
      expect(again.failure).to.equal(undefined);
      expect(scores(again)).to.deep.equal({ MSFT: 1 });
      expect(calls, 'the first was aborted, the second answered').to.have.length(2);
      expect(calls.map((c) => c.signal.aborted)).to.deep.equal([true, false]);
    });
  });

  describe('cache', () => {
    it('serves a fresh entry with no request', async () => {
      const calls = use(countingEndpoint());
      await run(load(['MSFT', 'AMZN']));
      const result = await run(load(['AMZN']));
      expect(calls).to.have.length(1);
      expect(scores(result)).to.deep.equal({ AMZN: 1 });
    });

    it('keeps a stale entry to show, and fetches it again', async () => {
      window.ResearchSnapshotConfig = { maxAge: 60 };
      const calls = use(countingEndpoint());
      await run(load(['MSFT']));
      expect(client.peek(['MSFT'])?.fresh).to.equal(true);
      await clock.tickAsync(60_000);
      const stale = client.peek(['MSFT']);
      expect([stale?.fresh, stale?.data.items[0].score]).to.deep.equal([false, 1]);
      expect(scores(await run(load(['MSFT'])))).to.deep.equal({ MSFT: 2 });
      expect(calls).to.have.length(2);
    });

    it('peeks at nothing unless it holds every ticker asked for', async () => {
      use(countingEndpoint());
      await run(load(['MSFT']));
      expect(client.peek(['MSFT', 'AMZN'])).to.equal(undefined);
    });

    it('takes freshness from Cache-Control: max-age over the default', async () => {
      window.ResearchSnapshotConfig = { maxAge: 0 };
      const calls = use(countingEndpoint({}, { 'Cache-Control': 'public, max-age=60' }));
      await run(load(['MSFT']));
      await clock.tickAsync(59_000);
      await run(load(['MSFT']));
      expect(calls).to.have.length(1);
      await clock.tickAsync(1000);
      await run(load(['MSFT']));
      expect(calls).to.have.length(2);
    });

    it('treats max-age=0 as stale at once', async () => {
      const calls = use(countingEndpoint({}, { 'Cache-Control': 'max-age=0' }));
      await run(load(['MSFT']));
      await run(load(['MSFT']));
      expect(calls).to.have.length(2);
    });

    it('a caller’s maxAge bounds freshness: 0 fetches whatever the cache holds', async () => {
      const calls = use(countingEndpoint());
      await run(load(['MSFT']));
      await clock.tickAsync(5000);
      await run(load(['MSFT'], { maxAge: 10 }));
      expect(calls).to.have.length(1);
      expect(scores(await run(load(['MSFT'], { maxAge: 0 })))).to.deep.equal({ MSFT: 2 });
      expect(calls).to.have.length(2);
    });

    it('revalidates refreshes with the server, not the browser cache', async () => {
      const calls = use(countingEndpoint());
      await run(load(['MSFT']));
      await run(load(['MSFT'], { maxAge: 0 }));
      expect(calls.map((c) => c.init.cache)).to.deep.equal(['default', 'no-cache']);
      expect(calls.map((c) => [c.init.method, c.init.credentials, c.init.mode])).to.deep.equal([
        ['GET', 'omit', 'cors'],
        ['GET', 'omit', 'cors'],
      ]);
    });

    it('stores a ticker the response leaves out as unavailable, and one it reports as its error', async () => {
      use(fakeEndpoint(() => ({ items: [{ ticker: 'MSFT', score: 65 }], errors: [{ ticker: 'ZZZZ', code: 'not_found' }] })));
      const result = await run(load(['MSFT', 'ZZZZ', 'AMZN']));
      expect(result.data.errors).to.deep.equal([
        { ticker: 'ZZZZ', code: 'not_found' },
        { ticker: 'AMZN', code: 'unavailable' },
      ]);
      expect(result.failure).to.equal(undefined);
    });

    it('keeps what is valid in a partly valid response', async () => {
      use(fakeEndpoint(() => ({ items: [{ ticker: 'MSFT', score: 'high', name: 'Microsoft' }, 'junk', { ticker: 'AMZN', score: 54 }] })));
      const result = await run(load(['MSFT', 'AMZN']));
      expect(result.data.items.map((item) => [item.ticker, item.name, item.score])).to.deep.equal([
        ['MSFT', 'Microsoft', undefined],
        ['AMZN', undefined, 54],
      ]);
    });
  });

  describe('per-ticker endpoints', () => {
    it('GETs one URL per ticker with {ticker} substituted and URL-encoded; a 404 is an unknown ticker', async () => {
      const calls = use(
        fakeEndpoint((_, call) => {
          const file = decodeURIComponent(
            call.url.pathname
              .split('/')
              .pop()!
              .replace(/\.json$/, ''),
          );
          if (file === 'ZZZZ') return reply('missing', { status: 404 });
          if (file === 'AMZN') return { provider: 'CDN', items: [{ ticker: 'AMZN', score: 54 }] };
          return { ticker: file, name: `${file} Corp`, score: 65 };
        }),
        'https://cdn.example.test/snapshots/{ticker}.json',
      );
      const result = await run(load(['MSFT', 'LSE:VOD', 'AMZN', 'ZZZZ']));
      expect(calls.map((c) => c.url.pathname).sort()).to.deep.equal([
        '/snapshots/AMZN.json',
        '/snapshots/LSE%3AVOD.json',
        '/snapshots/MSFT.json',
        '/snapshots/ZZZZ.json',
      ]);
      expect(calls.every((c) => c.url.search === '')).to.equal(true);
      expect(scores(result)).to.deep.equal({ MSFT: 65, 'LSE:VOD': 65, AMZN: 54 });
      expect(result.data.errors).to.deep.equal([{ ticker: 'ZZZZ', code: 'not_found' }]);
      expect(result.failure).to.equal(undefined);
    });
  });

  describe('retries', () => {
    for (const [name, failure] of [
      [
        'a network error',
        () => {
          throw new TypeError('Failed to fetch');
        },
      ],
      ['408', () => status(408)],
      ['429', () => status(429)],
      ['500', () => status(500)],
      ['503', () => status(503)],
    ] as const) {
      it(`retries after ${name}`, async () => {
        let n = 0;
        const calls = use(fakeEndpoint((tickers) => (++n < 3 ? failure() : { items: tickers.map((ticker) => ({ ticker, score: 70 })) })));
        const result = await run(load(['MSFT']));
        expect(calls).to.have.length(3);
        expect(scores(result)).to.deep.equal({ MSFT: 70 });
        expect(result.failure).to.equal(undefined);
      });
    }

    it('tells the last answer, not a timeout, when the deadline passes while waiting to try again', async () => {
      // Retries enough that they cannot all fit in the 3 s (each waits up to 2 s).
      window.ResearchSnapshotConfig = { retryBaseDelay: 1, retryMaxDelay: 2, retries: 30 };
      use(fakeEndpoint(() => status(503)));
      const alone = await run(load(['MSFT'], { timeout: 3000 }));
      expect([alone.failure?.kind, alone.failure?.status]).to.deep.equal(['http', 503]);
      // A Retry-After the element waits out (up to retryMaxDelay), longer than the deadline.
      window.ResearchSnapshotConfig = { retryMaxDelay: 10 };
      use(fakeEndpoint(() => status(503, { 'Retry-After': '5' })));
      const waitingOut = await run(load(['MSFT'], { timeout: 3000 }));
      expect([waitingOut.failure?.kind, waitingOut.failure?.status]).to.deep.equal(['http', 503]);
      use(
        fakeEndpoint(() => {
          throw new TypeError('Failed to fetch');
        }),
      );
      const unreachable = await run(load(['MSFT'], { timeout: 3000 }));
      expect(unreachable.failure?.kind).to.equal('network');
      // A silent endpoint is still a timeout.
      use(fakeEndpoint(() => ({ items: [] }), { wait: 60_000 }));
      const silent = await run(load(['MSFT'], { timeout: 3000 }));
      expect(silent.failure?.kind).to.equal('timeout');
    });

    it('later first loads that such a deadline blocks are told the same answer, at once', async () => {
      window.ResearchSnapshotConfig = { retryBaseDelay: 1, retryMaxDelay: 2, retries: 30 };
      const calls = use(fakeEndpoint(() => status(503)));
      const first = await run(load(['MSFT'], { timeout: 3000 }));
      expect([first.failure?.kind, first.failure?.status]).to.deep.equal(['http', 503]);
      const asked = calls.length;
      const later = watch(load(['MSFT'], { timeout: 3000 }));
      await clock.tickAsync(1);
      expect(later.settled, 'failed fast').to.equal(true);
      const result = await later.promise;
      expect([result.failure?.kind, result.failure?.status]).to.deep.equal(['http', 503]);
      expect(calls).to.have.length(asked);
    });

    it('gives up after 3 retries, with the last answer', async () => {
      const calls = use(fakeEndpoint(() => status(500)));
      const result = await run(load(['MSFT']));
      expect(calls).to.have.length(4);
      expect([result.failure?.kind, result.failure?.status]).to.deep.equal(['http', 500]);
    });

    for (const code of [400, 403, 404, 422]) {
      it(`does not retry HTTP ${code}`, async () => {
        const calls = use(fakeEndpoint(() => status(code)));
        const result = await run(load(['MSFT']));
        await clock.tickAsync(10_000);
        expect(calls).to.have.length(1);
        expect(result.failure?.status).to.equal(code);
      });
    }

    it('does not retry an unusable body', async () => {
      const calls = use(fakeEndpoint(() => ({ nope: 1 })));
      const result = await run(load(['MSFT']));
      await clock.tickAsync(10_000);
      expect(calls).to.have.length(1);
      expect(result.failure?.kind).to.equal('invalid-response');
    });

    it('waits at least Retry-After seconds', async () => {
      const calls = use(
        fakeEndpoint((tickers) =>
          calls.length === 1 ? status(503, { 'Retry-After': '1' }) : { items: tickers.map((ticker) => ({ ticker, score: 1 })) },
        ),
      );
      const result = await run(load(['MSFT']));
      expect(calls).to.have.length(2);
      expect(calls[1].at - calls[0].at).to.be.at.least(1000);
      expect(result.failure).to.equal(undefined);
    });

    it('waits until a Retry-After HTTP date', async () => {
      window.ResearchSnapshotConfig = { retryBaseDelay: 0.01, retryMaxDelay: 5 };
      const until = Date.now() + 2000;
      const calls = use(
        fakeEndpoint((tickers) =>
          calls.length === 1
            ? status(429, { 'Retry-After': new Date(until).toUTCString() })
            : { items: tickers.map((ticker) => ({ ticker, score: 1 })) },
        ),
      );
      await run(load(['MSFT']));
      expect(calls).to.have.length(2);
      expect(calls[1].at).to.be.at.least(until);
    });

    it('gives up at once on a Retry-After longer than retryMaxDelay, and asks nothing before it is over but a refresh', async () => {
      const calls = use(fakeEndpoint(() => status(503, { 'Retry-After': '120' })));
      const first = watch(load(['MSFT']));
      await clock.tickAsync(1);
      expect(first.settled, 'at once').to.equal(true);
      expect((await first.promise).failure?.status).to.equal(503);
      await clock.tickAsync(60_000);
      const polled = await run(load(['MSFT'], { maxAge: 30 }));
      expect(polled.failure?.status, 'a refresh period is not a refresh').to.equal(503);
      expect(calls).to.have.length(1);
      await run(load(['MSFT'], { maxAge: 0 }));
      expect(calls, 'an explicit refresh tries again').to.have.length(2);
    });

    it('a caller that leaves while its request waits out Retry-After, and comes back, does not ask before that time', async () => {
      window.ResearchSnapshotConfig = { retryBaseDelay: 0.01, retryMaxDelay: 5, retries: 3 };
      const calls = use(fakeEndpoint(() => status(503, { 'Retry-After': '2' })));
      const controller = new AbortController();
      void load(['MSFT'], { signal: controller.signal }).catch(() => {});
      await clock.tickAsync(150);
      expect(calls).to.have.length(1);
      controller.abort();
      await clock.tickAsync(100);
      const back = await run(load(['MSFT']));
      expect(back.failure?.status).to.equal(503);
      expect(calls, 'asked again within Retry-After').to.have.length(1);
      await clock.tickAsync(2000);
      void load(['MSFT']);
      await clock.tickAsync(1);
      expect(calls, 'asked once Retry-After is over').to.have.length(2);
    });
  });

  describe('backoff', () => {
    const error = (code: number, retryAfter?: number) => new SnapshotRequestError('http', 'x', code, retryAfter);

    it('draws from random(0, min(cap, base · 2^n))', () => {
      window.ResearchSnapshotConfig = { retryBaseDelay: 1, retryMaxDelay: 5 };
      expect([0, 1, 2, 3].map((n) => retryDelay(error(503), n, () => 1))).to.deep.equal([1000, 2000, 4000, undefined]);
      window.ResearchSnapshotConfig = { retryBaseDelay: 1, retryMaxDelay: 3, retries: 5 };
      expect([0, 1, 2, 3].map((n) => retryDelay(error(503), n, () => 1))).to.deep.equal([1000, 2000, 3000, 3000]);
      expect(retryDelay(error(503), 2, () => 0)).to.equal(0);
      expect(retryDelay(error(503), 1, () => 0.5)).to.equal(1000);
    });

    it('waits at least Retry-After', () => {
      window.ResearchSnapshotConfig = { retryBaseDelay: 1, retryMaxDelay: 30 };
      expect(retryDelay(error(429, 7000), 0, () => 0.5)).to.equal(7000);
      expect(retryDelay(error(429, 10), 2, () => 1)).to.equal(4000);
      expect(retryDelay(error(429, 31_000), 0, () => 1)).to.equal(undefined);
    });

    it('retries network errors, 408, 429 and 5xx only', () => {
      expect(retryDelay(new SnapshotRequestError('network', 'x'), 0)).to.be.a('number');
      expect(retryDelay(new SnapshotRequestError('timeout', 'x'), 0)).to.equal(undefined);
      expect(retryDelay(new SnapshotRequestError('invalid-response', 'x', 200), 0)).to.equal(undefined);
      for (const code of [408, 429, 500, 502, 503, 504]) expect(retryDelay(error(code), 0), String(code)).to.be.a('number');
      for (const code of [400, 401, 403, 404, 410, 422]) expect(retryDelay(error(code), 0), String(code)).to.equal(undefined);
    });
  });
});
