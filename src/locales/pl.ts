import type { Catalog } from './catalog.js';
import type { Grade, SignalName } from '../data/types.js';

/** Adjective stems, and the nouns with the ending that agrees with each: silne momentum, silna wycena, silny sentyment. */
const STEM: Record<Grade, string> = { strong: 'siln', moderate: 'umiarkowan', weak: 'słab', poor: 'bardzo słab' };
const SIGNAL: Record<SignalName, [noun: string, ending: string, strong?: string]> = {
  momentum: ['momentum', 'e'],
  value: ['wycena', 'a'],
  quality: ['jakość', 'a', 'wysok'],
  sentiment: ['sentyment', 'y'],
};
/** The grade agreeing with the signal: strong quality is high ("wysoka jakość"). */
const adjective = (grade: Grade, name: SignalName) => ((grade === 'strong' && SIGNAL[name][2]) || STEM[grade]) + SIGNAL[name][1];

const pl: Catalog = {
  heading: 'Research Snapshot',
  subheading: 'Notowania spółek wymienionych w artykule',
  footer: (provider) =>
    `Panel korzysta z własnych danych giełdowych dostawcy${provider ? ` ${provider}` : ''}, niezależnych od depeszy agencyjnej.`,
  scoreName: 'Alpha Score',
  scoreValueText: (score, label, f) => `${score} na ${f.n(100)}, ${label}`,
  labels: { strong: 'Silny', moderate: 'Umiarkowany', weak: 'Słaby', poor: 'Bardzo słaby' },
  change: (percent, when, day) =>
    ({
      today: `${percent} dziś`,
      close: `${percent} na zamknięciu`,
      pre: `${percent} przed sesją`,
      post: `${percent} po sesji`,
      day: `${percent} na sesji ${day}`,
      unknown: percent,
    })[when],
  priceAt: (time) => `stan na ${time}`,
  explanation: (score, profile, signals, list, name) =>
    `${name} na poziomie ${score} odzwierciedla ogólnie ${STEM[profile]}y profil` +
    (signals.length ? `: ${list(signals.map(([name, grade]) => `${adjective(grade, name)} ${SIGNAL[name][0]}`))}.` : '.'),
  movement: (delta, since, changes, list) =>
    (!delta ? 'Od' : !delta.value ? 'Bez zmian od' : `${delta.text} pkt od`) +
    ` ${since}` +
    (changes.length
      ? `: ${list(changes.map(([name, from, to]) => `${SIGNAL[name][0]} ${adjective(from, name)} → ${adjective(to, name)}`))}`
      : ''),
  trend: (name, from, to, since, direction) =>
    `${name}: od ${since} ` +
    (direction === 'flat'
      ? `bez zmian na poziomie ${to}`
      : `${direction === 'up' ? 'wzrost' : 'spadek'} ${from === '100' ? 'ze' : 'z'} ${from} do ${to}`),
  coverage: (count, cap, f) =>
    `Na podstawie ${f.n(count)} z ${f.n(4)} sygnałów` + (cap ? ` – bez pełnych danych wynik nie przekroczy ${cap}.` : '.'),
  moreLink: (ticker) => `Pełna analiza ${ticker}`,
  more: 'Rozwiń',
  less: 'Zwiń',
  loading: 'Wczytywanie danych giełdowych…',
  invalidTicker: (ticker) => `„${ticker}” to nieprawidłowy symbol.`,
  unavailableTicker: (ticker) => `Dane dla ${ticker} są chwilowo niedostępne.`,
  notFoundTicker: (ticker) => `Dane dla ${ticker} są niedostępne: nieznany symbol.`,
  unsupportedTicker: (ticker) => `Dane dla ${ticker} są niedostępne: walor poza ofertą dostawcy.`,
  loadFailed: 'Nie udało się wczytać danych giełdowych.',
  retry: 'Spróbuj ponownie',
  stale: (time) => `Nie udało się odświeżyć. Dane z godz. ${time}.`,
  unavailable: 'Zestawienie niedostępne',
};

export default pl;
