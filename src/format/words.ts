import { SIGNAL_NAMES, type Grade, type SignalName, type SnapshotItem } from '../data/types.js';
import type { Catalog, ChangeTime, Numbers } from '../locales/catalog.js';
import { dayIn, dayOf, formatDay } from './dates.js';
import { listFormat, numberFormat, pluralRule } from './intl-cache.js';
import { formatScore } from './numbers.js';

/** The label a score earns when the endpoint sends none. */
export function labelGrade(score: number): Grade {
  return score >= 80 ? 'strong' : score >= 60 ? 'moderate' : score >= 40 ? 'weak' : 'poor';
}

/** The overall profile the explanation sentence names. */
export function profileGrade(score: number): Grade {
  return score >= 75 ? 'strong' : score >= 50 ? 'moderate' : score >= 25 ? 'weak' : 'poor';
}

const GRADES: readonly string[] = ['strong', 'moderate', 'weak', 'poor'];

/** The grade that colours the score: the endpoint's label when it is a grade, else the derived one. */
export function scoreGrade(item: SnapshotItem): Grade | undefined {
  const label = item.label?.trim().toLowerCase();
  if (label && GRADES.includes(label)) return label as Grade;
  return item.score === undefined ? undefined : labelGrade(item.score);
}

/**
 * The label to show: the endpoint's, else derived from the score. One of the
 * four grades (`Moderate`, any case) is shown in the reader's language; any
 * other label verbatim.
 */
export function scoreLabel(item: SnapshotItem, t: Catalog): string | undefined {
  const grade = scoreGrade(item);
  // scoreGrade() takes a label that names a grade, so any other label differs from it.
  if (item.label && item.label.trim().toLowerCase() !== grade) return item.label;
  return grade && t.labels[grade];
}

function signalsOf(signals: SnapshotItem['signals'] = {}): [SignalName, Grade][] {
  return SIGNAL_NAMES.flatMap((name): [SignalName, Grade][] => {
    const grade = signals[name];
    return grade ? [[name, grade]] : [];
  });
}

/** Whole numbers and plural categories in the panel's locale, for the numbers a catalog writes itself. */
export function numbers(locale: string): Numbers {
  return { n: (value) => numberFormat(locale, {}).format(value), plural: (value) => pluralRule(locale).select(value) };
}

export const lister = (locale: string) => (items: string[]) => listFormat(locale).format(items);

/** The endpoint's explanation verbatim, else the generated sentence; none without a score. */
export function explanation(item: SnapshotItem, t: Catalog, locale: string, name = t.scoreName): string | undefined {
  if (item.explanation) return item.explanation;
  if (item.score === undefined) return undefined;
  return t.explanation(formatScore(item.score, locale), profileGrade(item.score), signalsOf(item.signals), lister(locale), name);
}

/**
 * The partial-coverage note, when some of the four signals have not arrived.
 * Only an item whose `signals` say which have arrived has one; an item with
 * neither a score nor any signal has nothing to qualify.
 */
export function coverageNote(item: SnapshotItem, t: Catalog, locale: string): string | undefined {
  if (!item.signals) return undefined;
  const count = signalsOf(item.signals).length;
  if (count === SIGNAL_NAMES.length || (count === 0 && item.score === undefined)) return undefined;
  return t.coverage(count, item.scoreCap === undefined ? undefined : formatScore(item.scoreCap, locale), numbers(locale));
}

/**
 * Which day a price's change is from, against the reader's clock, in the
 * market's zone: today (told by the market's state when the endpoint says
 * it), another day (named), or not known (no time given: no day is claimed).
 */
export function changeTime(item: SnapshotItem, locale: string, now: number): { when: ChangeTime; day: string } {
  if (!item.priceAsOf) return { when: 'unknown', day: '' };
  const today = dayIn(now, item.timeZone);
  const day = dayOf(item.priceAsOf, item.timeZone);
  if (day !== today) return { when: 'day', day: formatDay(day, today.slice(0, 4), locale) };
  const state = item.marketState;
  return { when: state === 'closed' ? 'close' : state === 'pre' || state === 'post' ? state : 'today', day: '' };
}
