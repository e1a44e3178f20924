import { SIGNAL_NAMES, type Grade, type SnapshotItem } from '../data/types.js';
import { messages } from './messages.js';
import { formatScore } from './numbers.js';

/** The label a score earns when the endpoint sends none. */
export function labelGrade(score: number): Grade {
  return score >= 80 ? 'strong' : score >= 60 ? 'moderate' : score >= 40 ? 'weak' : 'poor';
}

/** The overall profile the explanation sentence names. */
export function profileGrade(score: number): Grade {
  return score >= 75 ? 'strong' : score >= 50 ? 'moderate' : score >= 25 ? 'weak' : 'poor';
}

/** The grade that colours the score: the endpoint's label when it is a grade, else the derived one. */
export function scoreGrade(item: SnapshotItem): Grade | undefined {
  const label = item.label?.trim().toLowerCase();
  if (label && Object.hasOwn(messages.labels, label)) return label as Grade;
  return item.score === undefined ? undefined : labelGrade(item.score);
}

/** The label to show: the endpoint's, else derived from the score. */
export function scoreLabel(item: SnapshotItem): string | undefined {
  if (item.label) return item.label;
  return item.score === undefined ? undefined : messages.labels[labelGrade(item.score)];
}

/** The endpoint's explanation verbatim, else the generated sentence; none without a score. */
export function explanation(item: SnapshotItem): string | undefined {
  if (item.explanation) return item.explanation;
  if (item.score === undefined) return undefined;
  const signals = SIGNAL_NAMES.flatMap((name) => {
    const grade = item.signals[name];
    return grade ? [messages.signal(grade, name)] : [];
  });
  return messages.explanation(formatScore(item.score), profileGrade(item.score), signals);
}

/** How many of the four signals have arrived. */
export function signalCount(item: SnapshotItem): number {
  return SIGNAL_NAMES.filter((name) => item.signals[name]).length;
}

/**
 * The partial-coverage note, when some of the four signals have not arrived.
 * An item with neither a score nor any signal has nothing to qualify.
 */
export function coverageNote(item: SnapshotItem): string | undefined {
  const count = signalCount(item);
  if (count === SIGNAL_NAMES.length || (count === 0 && item.score === undefined)) return undefined;
  return messages.coverage(count, item.scoreCap === undefined ? undefined : formatScore(item.scoreCap));
}
