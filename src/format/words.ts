import { SIGNAL_NAMES, type Grade, type SignalName, type SnapshotItem } from '../data/types.js';
import type { Catalog } from '../locales/catalog.js';
import { listFormat } from './intl-cache.js';
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

function signalsOf(item: SnapshotItem): [SignalName, Grade][] {
  return SIGNAL_NAMES.flatMap((name): [SignalName, Grade][] => {
    const grade = item.signals[name];
    return grade ? [[name, grade]] : [];
  });
}

/** The endpoint's explanation verbatim, else the generated sentence; none without a score. */
export function explanation(item: SnapshotItem, t: Catalog, locale: string): string | undefined {
  if (item.explanation) return item.explanation;
  if (item.score === undefined) return undefined;
  const list = (items: string[]) => listFormat(locale).format(items);
  return t.explanation(formatScore(item.score, locale), profileGrade(item.score), signalsOf(item), list);
}

/**
 * The partial-coverage note, when some of the four signals have not arrived.
 * An item with neither a score nor any signal has nothing to qualify.
 */
export function coverageNote(item: SnapshotItem, t: Catalog, locale: string): string | undefined {
  const count = signalsOf(item).length;
  if (count === SIGNAL_NAMES.length || (count === 0 && item.score === undefined)) return undefined;
  return t.coverage(count, item.scoreCap === undefined ? undefined : formatScore(item.scoreCap, locale));
}
