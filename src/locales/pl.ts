import type { Catalog } from './catalog.js';
import type { Grade, SignalName } from '../data/types.js';

/** The grades agreeing with a masculine noun: silny sentyment, silny profil. */
const MASCULINE: Record<Grade, string> = { strong: 'silny', moderate: 'umiarkowany', weak: 'słaby', poor: 'bardzo słaby' };
/** Each signal's noun and the grades agreeing with it: silne momentum, silna wycena, wysoka (not "silna") jakość. */
const SIGNAL: Record<SignalName, [noun: string, grades: Record<Grade, string>]> = {
  momentum: ['momentum', { strong: 'silne', moderate: 'umiarkowane', weak: 'słabe', poor: 'bardzo słabe' }],
  value: ['wycena', { strong: 'silna', moderate: 'umiarkowana', weak: 'słaba', poor: 'bardzo słaba' }],
  quality: ['jakość', { strong: 'wysoka', moderate: 'umiarkowana', weak: 'słaba', poor: 'bardzo słaba' }],
  sentiment: ['sentyment', MASCULINE],
};

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
    `${name} na poziomie ${score} odzwierciedla ogólnie ${MASCULINE[profile]} profil` +
    (signals.length ? `: ${list(signals.map(([name, grade]) => `${SIGNAL[name][1][grade]} ${SIGNAL[name][0]}`))}.` : '.'),
  movement: (delta, since, changes, list) =>
    (!delta ? 'Od' : !delta.value ? 'Bez zmian od' : `${delta.text} pkt od`) +
    ` ${since}` +
    (changes.length
      ? `: ${list(changes.map(([name, from, to]) => `${SIGNAL[name][0]} ${SIGNAL[name][1][from]} → ${SIGNAL[name][1][to]}`))}`
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
  stale: (time) => `Nie udało się odświeżyć. Stan na ${time}.`,
  unavailable: 'Zestawienie niedostępne',
};

export default pl;
