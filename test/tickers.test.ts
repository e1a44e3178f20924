import { expect } from '@open-wc/testing';
import { parseTickers } from '../src/data/tickers.js';

describe('parseTickers', () => {
  it('splits on commas and/or white space', () => {
    expect(parseTickers('MSFT,AMZN  GOOGL,\n\tNVDA , ,TSLA').map((t) => t.ticker)).to.deep.equal(['MSFT', 'AMZN', 'GOOGL', 'NVDA', 'TSLA']);
  });

  it('upper-cases and drops duplicates, keeping the first position', () => {
    expect(parseTickers('msft amzn MSFT Amzn brk.b').map((t) => t.ticker)).to.deep.equal(['MSFT', 'AMZN', 'BRK.B']);
  });

  it('accepts [A-Z0-9.:-]{1,12} and marks anything else invalid', () => {
    const tokens = parseTickers('BRK.B LSE:VOD RDS-A 7203 ABCDEFGHIJKL ABCDEFGHIJKLM $MSFT <b> ÄPFEL');
    expect(tokens).to.deep.equal([
      { ticker: 'BRK.B', valid: true },
      { ticker: 'LSE:VOD', valid: true },
      { ticker: 'RDS-A', valid: true },
      { ticker: '7203', valid: true },
      { ticker: 'ABCDEFGHIJKL', valid: true },
      { ticker: 'ABCDEFGHIJKLM', valid: false },
      { ticker: '$MSFT', valid: false },
      { ticker: '<B>', valid: false },
      { ticker: 'ÄPFEL', valid: false },
    ]);
  });

  it('needs a letter or digit, so that "." and ".." never become URL path segments', () => {
    expect(parseTickers('. .. -:- A. 1-').map((t) => t.valid)).to.deep.equal([false, false, false, true, true]);
  });

  it('gives nothing for an empty or missing attribute', () => {
    expect(parseTickers('')).to.deep.equal([]);
    expect(parseTickers(' , ')).to.deep.equal([]);
    expect(parseTickers(null)).to.deep.equal([]);
  });
});
