import { expect } from '@open-wc/testing';
import type { SnapshotItem } from '../src/data/types.js';
import { formatPriceTime } from '../src/format/dates.js';
import { changeDirection, formatChange, formatPrice } from '../src/format/numbers.js';
import * as words from '../src/format/words.js';
import en from '../src/locales/en.js';

const scoreLabel = (i: SnapshotItem) => words.scoreLabel(i, en);
const explanation = (i: SnapshotItem) => words.explanation(i, en, 'en-US');
const coverageNote = (i: SnapshotItem) => words.coverageNote(i, en, 'en-US');

const item = (fields: Partial<SnapshotItem>): SnapshotItem => ({
  ticker: 'MSFT',
  signals: {},
  currency: 'USD',
  timeZone: 'America/New_York',
  ...fields,
});

describe('formatting (en-US)', () => {
  it('formats prices as currency', () => {
    expect(formatPrice(423.62, 'USD')).to.equal('$423.62');
    expect(formatPrice(1234.5, 'USD')).to.equal('$1,234.50');
    expect(formatPrice(98.1, 'EUR')).to.equal('€98.10');
  });

  it('formats changes with an explicit sign and two decimals', () => {
    expect(formatChange(-0.24)).to.equal('-0.24%');
    expect(formatChange(0.35)).to.equal('+0.35%');
    expect(formatChange(12)).to.equal('+12.00%');
    expect(formatChange(0)).to.equal('0.00%');
    expect(changeDirection(-0.24)).to.equal('down');
    expect(changeDirection(0.35)).to.equal('up');
    expect(changeDirection(0.001)).to.equal('flat');
  });

  it('formats the price time in the market time zone', () => {
    expect(formatPriceTime('2026-04-27T20:30:00Z', 'America/New_York')).to.equal('Apr 27, 04:30 PM EDT');
    expect(formatPriceTime('2026-01-15T14:35:00Z', 'America/New_York')).to.equal('Jan 15, 09:35 AM EST');
    expect(formatPriceTime('2026-04-27T07:00:00Z', 'Asia/Tokyo')).to.match(/^Apr 27, 04:00 PM (GMT\+9|JST)$/);
  });

  it('writes the zone in Traditional Chinese words, first and without brackets, not as "[EDT]"', () => {
    for (const locale of ['zh-TW', 'zh-HK', 'zh-Hant']) {
      // 東部夏令時間 (北美東部夏令時間 in Hong Kong): Eastern Daylight Time.
      expect(formatPriceTime('2026-04-27T20:30:00Z', 'America/New_York', locale), locale).to.match(
        /^\p{Script=Han}+夏令時間 4月27日 下午04:30$/u,
      );
      expect(formatPriceTime('2025-01-15T14:35:00Z', 'America/New_York', locale, Date.parse('2026-04-27T12:00:00Z')), locale).to.match(
        /^\p{Script=Han}+標準時間 2025年1月15日 上午09:35$/u,
      );
    }
  });

  describe('label', () => {
    for (const [score, label] of [
      [100, 'Strong'],
      [80, 'Strong'],
      [79.9, 'Moderate'],
      [60, 'Moderate'],
      [59, 'Weak'],
      [40, 'Weak'],
      [39, 'Poor'],
      [0, 'Poor'],
    ] as const) {
      it(`derives ${label} from ${score}`, () => {
        expect(scoreLabel(item({ score }))).to.equal(label);
      });
    }
    it('prefers the endpoint label', () => {
      expect(scoreLabel(item({ score: 90, label: 'Outstanding' }))).to.equal('Outstanding');
    });
    it('has none without a score', () => {
      expect(scoreLabel(item({}))).to.equal(undefined);
    });
  });

  describe('explanation', () => {
    it('generates the sentence from score and all four signals', () => {
      expect(
        explanation(item({ score: 65, signals: { momentum: 'moderate', value: 'moderate', quality: 'strong', sentiment: 'weak' } })),
      ).to.equal(
        'Alpha Score of 65 reflects moderate overall profile with moderate momentum, moderate value, strong quality, weak sentiment.',
      );
    });

    it('leaves missing signals out of the list', () => {
      expect(explanation(item({ score: 47, signals: { momentum: 'moderate', value: 'poor', quality: 'moderate' } }))).to.equal(
        'Alpha Score of 47 reflects weak overall profile with moderate momentum, poor value, moderate quality.',
      );
      expect(explanation(item({ score: 30, signals: { sentiment: 'poor' } }))).to.equal(
        'Alpha Score of 30 reflects weak overall profile with poor sentiment.',
      );
      expect(explanation(item({ score: 30 }))).to.equal('Alpha Score of 30 reflects weak overall profile.');
    });

    for (const [score, profile] of [
      [75, 'strong'],
      [74, 'moderate'],
      [50, 'moderate'],
      [49, 'weak'],
      [25, 'weak'],
      [24, 'poor'],
    ] as const) {
      it(`calls a score of ${score} a ${profile} profile`, () => {
        expect(explanation(item({ score }))).to.equal(`Alpha Score of ${score} reflects ${profile} overall profile.`);
      });
    }

    it('uses the endpoint explanation verbatim', () => {
      expect(explanation(item({ score: 65, explanation: '  Custom <b>text</b>.' }))).to.equal('  Custom <b>text</b>.');
    });

    it('has none without a score or explanation', () => {
      expect(explanation(item({ signals: { momentum: 'strong' } }))).to.equal(undefined);
    });
  });

  describe('partial coverage', () => {
    it('names the count and the cap', () => {
      expect(
        coverageNote(item({ score: 47, scoreCap: 90, signals: { momentum: 'moderate', value: 'poor', quality: 'moderate' } })),
      ).to.equal('Based on 3 of 4 signals — score is capped at 90 until remaining data ingests.');
    });
    it('names the count alone without a cap', () => {
      expect(coverageNote(item({ score: 47, signals: { momentum: 'moderate', value: 'poor' } }))).to.equal('Based on 2 of 4 signals.');
    });
    it('counts the signals of an item without a score too', () => {
      expect(coverageNote(item({ signals: { momentum: 'weak' } }))).to.equal('Based on 1 of 4 signals.');
    });
    it('says nothing with all four signals, or with neither score nor signals', () => {
      expect(
        coverageNote(item({ score: 47, scoreCap: 90, signals: { momentum: 'weak', value: 'poor', quality: 'weak', sentiment: 'weak' } })),
      ).to.equal(undefined);
      expect(coverageNote(item({ price: 10 }))).to.equal(undefined);
      expect(coverageNote(item({ score: 10 }))).to.equal('Based on 0 of 4 signals.');
    });
  });
});
