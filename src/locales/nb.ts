import type { Catalog } from './catalog.js';
import type { Grade, SignalName } from '../data/types.js';

/** Adjectives agree with the noun: common gender ("en sterk verdsettelse"), neuter ("et sterkt momentum"; -ig takes no -t). */
const COMMON: Record<Grade, string> = { strong: 'sterk', moderate: 'moderat', weak: 'svak', poor: 'dårlig' };
const NEUTER: Record<Grade, string> = { strong: 'sterkt', moderate: 'moderat', weak: 'svakt', poor: 'dårlig' };
const SIGNAL: Record<SignalName, [noun: string, forms: Record<Grade, string>]> = {
  momentum: ['momentum', NEUTER],
  value: ['verdsettelse', COMMON],
  quality: ['kvalitet', COMMON],
  sentiment: ['stemning', COMMON],
};

const nb: Catalog = {
  heading: 'Research Snapshot',
  subheading: 'Aktuelle aksjedata om selskapene som nevnes i artikkelen',
  footer: (provider) =>
    `Aksjedataene i dette panelet kommer direkte fra ${provider || 'dataleverandøren'} og er uavhengige av byråmeldingen det lenkes til ovenfor.`,
  scoreName: 'Alpha Score',
  scoreValueText: (score, label, f) => `${score} av ${f.n(100)}, ${label}`,
  labels: { strong: 'Sterk', moderate: 'Moderat', weak: 'Svak', poor: 'Dårlig' },
  change: (percent, when, day) =>
    ({
      today: `${percent} i dag`,
      close: `${percent} ved børsslutt`,
      pre: `${percent} i førhandelen`,
      post: `${percent} i etterhandelen`,
      day: `${percent} den ${day}`,
      unknown: percent,
    })[when],
  priceAt: (time) => `Kurs per ${time}`,
  explanation: (score, profile, signals, list, name) =>
    `En ${name} på ${score} gjenspeiler en ${COMMON[profile]} samlet profil` +
    (signals.length ? ` med ${list(signals.map(([name, grade]) => `${SIGNAL[name][1][grade]} ${SIGNAL[name][0]}`))}.` : '.'),
  movement: (delta, since, changes, list) =>
    (delta === undefined ? `Siden ${since}` : delta.value === 0 ? `Uendret siden ${since}` : `${delta.text} poeng siden ${since}`) +
    (changes.length
      ? `: ${list(changes.map(([name, from, to]) => `${SIGNAL[name][0]} ${SIGNAL[name][1][from]} → ${SIGNAL[name][1][to]}`))}`
      : ''),
  trend: (name, from, to, since, direction) =>
    direction === 'flat'
      ? `${name} har ligget stabilt på ${to} siden ${since}`
      : `${name} har ${direction === 'up' ? 'steget' : 'falt'} fra ${from} til ${to} siden ${since}`,
  coverage: (count, cap, f) =>
    `Basert på ${f.n(count)} av ${f.n(4)} signaler` +
    (cap === undefined ? '.' : ` – scoren er begrenset til ${cap} inntil resten av dataene er på plass.`),
  moreLink: (ticker) => `Les hele analysen av ${ticker}`,
  more: 'Vis mer',
  less: 'Vis mindre',
  loading: 'Henter aksjedata …',
  invalidTicker: (ticker) => `«${ticker}» er ikke et gyldig aksjesymbol.`,
  unavailableTicker: (ticker) => `Data for ${ticker} er ikke tilgjengelige for øyeblikket.`,
  notFoundTicker: (ticker) => `Data for ${ticker} er ikke tilgjengelige: ukjent aksjesymbol.`,
  unsupportedTicker: (ticker) => `Data for ${ticker} er ikke tilgjengelige: aksjen dekkes ikke av denne dataleverandøren.`,
  loadFailed: 'Aksjedataene kunne ikke hentes.',
  retry: 'Prøv igjen',
  stale: (time) => `Oppdateringen mislyktes. Viser data fra ${time}.`,
  unavailable: 'Aksjeoversikten er ikke tilgjengelig',
};

export default nb;
