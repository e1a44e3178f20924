import { expect } from '@open-wc/testing';
import {
  SnapshotRequestError,
  fetchSnapshot,
  parseMaxAge,
  parseRetryAfter,
  snapshotUrl,
  tickerUrl,
  timeoutError,
} from '../src/data/request.js';
import { ENDPOINT, HttpResponse, serve, startWorker, worker } from './support/msw.js';

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection');
}

describe('snapshotUrl', () => {
  it('builds the canonical URL', () => {
    expect(snapshotUrl('https://x.test/v1/snapshot', ['msft', 'AMZN', 'MSFT'])).to.equal('https://x.test/v1/snapshot?tickers=AMZN,MSFT');
    expect(snapshotUrl('https://x.test/s?key=1', ['B', 'A'])).to.equal('https://x.test/s?key=1&tickers=A,B');
    expect(snapshotUrl('https://x.test/s?', ['A'])).to.equal('https://x.test/s?tickers=A');
    expect(snapshotUrl('/api/s', ['A'], 'https://news.test/story/1')).to.equal('https://news.test/api/s?tickers=A');
    expect(snapshotUrl('https://x.test/s#frag', ['A'])).to.equal('https://x.test/s?tickers=A#frag');
  });

  it('throws a config error for something that is not a URL', () => {
    expect(() => snapshotUrl('http://', ['A']))
      .to.throw(SnapshotRequestError)
      .with.property('kind', 'config');
  });

  it('throws a config error for a URL that is not http: or https:', () => {
    for (const endpoint of [
      'ftp://x.test/s',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'ws://x.test/s',
      'data:application/json,{}',
      'about:blank',
    ]) {
      expect(() => snapshotUrl(endpoint, ['A']), endpoint)
        .to.throw(SnapshotRequestError, 'must be http: or https:')
        .with.property('kind', 'config');
      expect(() => tickerUrl(`${endpoint}/{ticker}`, 'A'), endpoint)
        .to.throw(SnapshotRequestError)
        .with.property('kind', 'config');
    }
    expect(snapshotUrl('HTTPS://x.test/s', ['A'])).to.equal('https://x.test/s?tickers=A');
  });
});

describe('parseRetryAfter and parseMaxAge', () => {
  it('read delay-seconds and HTTP dates, nothing else', () => {
    const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');
    expect(parseRetryAfter('120', now)).to.equal(120_000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:30 GMT', now)).to.equal(30_000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:00:00 GMT', now)).to.equal(0);
    expect(parseRetryAfter('1.5', now)).to.equal(undefined);
    expect(parseRetryAfter('soon', now)).to.equal(undefined);
    expect(parseRetryAfter(null, now)).to.equal(undefined);
  });

  it('read max-age, and treat no-store and no-cache as zero', () => {
    expect(parseMaxAge('public, max-age=60, stale-while-revalidate=300')).to.equal(60);
    expect(parseMaxAge('s-maxage=600')).to.equal(undefined);
    expect(parseMaxAge('no-cache')).to.equal(0);
    expect(parseMaxAge('private, no-store')).to.equal(0);
    expect(parseMaxAge(null)).to.equal(undefined);
  });
});

describe('fetchSnapshot', () => {
  before(startWorker);
  afterEach(() => worker.resetHandlers());

  it('gives validated data', async () => {
    serve({ items: [{ ticker: 'msft', score: 65, price: 'x' }] });
    const { data } = await fetchSnapshot(`${ENDPOINT}?tickers=MSFT`);
    expect(data.items).to.deep.equal([{ ticker: 'MSFT', score: 65, currency: 'USD', timeZone: 'America/New_York' }]);
  });

  it('times out only through its signal: a deadline aborts with a timeout error', async () => {
    serve({ items: [] }, { wait: 1000 });
    const deadline = new AbortController();
    const pending = failure(fetchSnapshot(`${ENDPOINT}?tickers=MSFT`, { signal: deadline.signal }));
    deadline.abort(timeoutError(50));
    const error = await pending;
    expect(error).to.be.instanceOf(SnapshotRequestError);
    expect([(error as SnapshotRequestError).kind, (error as SnapshotRequestError).message]).to.deep.equal([
      'timeout',
      'No response within 0.05 s.',
    ]);
  });

  it('rejects with the abort reason when aborted from outside', async () => {
    serve({ items: [] }, { wait: 1000 });
    const controller = new AbortController();
    const pending = failure(fetchSnapshot(`${ENDPOINT}?tickers=MSFT`, { signal: controller.signal }));
    setTimeout(() => controller.abort(), 20);
    const error = await pending;
    expect((error as DOMException).name).to.equal('AbortError');
  });

  it('reports HTTP errors with their status', async () => {
    serve(() => new HttpResponse('busy', { status: 503 }));
    const error = (await failure(fetchSnapshot(`${ENDPOINT}?tickers=MSFT`))) as SnapshotRequestError;
    expect([error.kind, error.status]).to.deep.equal(['http', 503]);
  });

  it('reports network errors', async () => {
    serve(() => HttpResponse.error());
    const error = (await failure(fetchSnapshot(`${ENDPOINT}?tickers=MSFT`))) as SnapshotRequestError;
    expect(error.kind).to.equal('network');
  });

  it('reports an unusable body', async () => {
    serve(() => new HttpResponse('{"items": nope', { status: 200 }));
    const error = (await failure(fetchSnapshot(`${ENDPOINT}?tickers=MSFT`))) as SnapshotRequestError;
    expect(error.kind).to.equal('invalid-response');
  });
});
