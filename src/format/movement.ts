import { SIGNAL_NAMES, type Grade, type SignalName, type SnapshotItem } from '../data/types.js';
import type { Catalog } from '../locales/catalog.js';
import { dayIn, dayOf, formatDay } from './dates.js';
import { numberFormat } from './intl-cache.js';
import { formatScore } from './numbers.js';
import { lister } from './words.js';
import { enMovement } from '../locales/en-movement.js';

/**
 * The words of how the score moved, from `history` and `previous`: loaded
 * with movement.js, only for data that has them.
 */

/** A signed whole-number change of score: `+7`, `−3`, `0`. */
export function formatDelta(delta: number, locale: string): string {
  return numberFormat(locale, { maximumFractionDigits: 1, signDisplay: 'exceptZero' }).format(delta);
}

/** The score's change since the previous snapshot, when both scores are known. */
export function scoreDelta(item: SnapshotItem): number | undefined {
  const before = item.previous?.score;
  return before === undefined || item.score === undefined ? undefined : Math.round((item.score - before) * 10) / 10;
}

/** The day a date or time falls on in the market's zone, written with its year when that is not the current one. */
function sinceDay(iso: string, item: SnapshotItem, locale: string, now: number): string {
  return formatDay(dayOf(iso, item.timeZone), dayIn(now, item.timeZone).slice(0, 4), locale);
}

/** "+7 since Apr 20: momentum weak → moderate", from `previous`; none without one. */
export function movement(item: SnapshotItem, t: Catalog, locale: string, now: number): string | undefined {
  const { previous } = item;
  if (!previous) return undefined;
  const delta = scoreDelta(item);
  const before = previous.signals ?? {};
  const changes = SIGNAL_NAMES.flatMap((name): [SignalName, Grade, Grade][] => {
    const from = before[name];
    const to = item.signals?.[name];
    return from && to && from !== to ? [[name, from, to]] : [];
  });
  if (delta === undefined && !changes.length) return undefined;
  const since = sinceDay(previous.asOf, item, locale, now);
  return (t.movement ?? enMovement.movement)(
    delta === undefined ? undefined : { value: delta, text: formatDelta(delta, locale) },
    since,
    changes,
    lister(locale),
  );
}

/** The trend line's description: "Alpha Score rose from 58 to 65 since Mar 27"; none under two points. */
export function trend(item: SnapshotItem, t: Catalog, locale: string, now: number, name = t.scoreName): string | undefined {
  const points = item.history;
  if (!points || points.length < 2) return undefined;
  const first = points[0].score;
  const last = points[points.length - 1].score;
  const [from, to] = [formatScore(first, locale), formatScore(last, locale)];
  // By the numbers as written: 65.04 to 65 is "65 to 65", which neither rose nor fell.
  const direction = from === to ? 'flat' : last > first ? 'up' : 'down';
  const since = sinceDay(points[0].date, item, locale, now);
  return (t.trend ?? enMovement.trend)(name, from, to, since, direction);
}
