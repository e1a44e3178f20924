import type { Catalog } from './catalog.js';

/**
 * English sentences about how the score moved: in movement.js, with the code
 * that writes them, rather than in the bundle (see Catalog).
 */
export const enMovement: Required<Pick<Catalog, 'movement' | 'trend'>> = {
  movement: (delta, since, changes, list) =>
    (delta === undefined ? `Since ${since}` : delta.value === 0 ? `Unchanged since ${since}` : `${delta.text} since ${since}`) +
    (changes.length ? `: ${list(changes.map(([name, from, to]) => `${name} ${from} → ${to}`))}` : ''),
  trend: (name, from, to, since, direction) =>
    direction === 'flat'
      ? `${name} held at ${to} since ${since}`
      : `${name} ${direction === 'up' ? 'rose' : 'fell'} from ${from} to ${to} since ${since}`,
};
