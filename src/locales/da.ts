import type { Catalog } from './catalog.js';
import type { Grade, SignalName } from '../data/types.js';

/** Adjectives agree with the noun: common gender ("en stærk værdiansættelse"), neuter ("et stærkt momentum"). */
const COMMON: Record<Grade, string> = { strong: 'stærk', moderate: 'moderat', weak: 'svag', poor: 'dårlig' };
const NEUTER: Record<Grade, string> = { strong: 'stærkt', moderate: 'moderat', weak: 'svagt', poor: 'dårligt' };
const SIGNAL: Record<SignalName, [noun: string, forms: Record<Grade, string>]> = {
  momentum: ['momentum', NEUTER],
  value: ['værdiansættelse', COMMON],
  quality: ['kvalitet', COMMON],
  sentiment: ['stemning', COMMON],
};

const da: Catalog = {
  heading: 'Research Snapshot',
  subheading: 'Aktuelle aktiedata om de selskaber, der nævnes i artiklen',
  footer: (provider) =>
    `Aktiedataene i dette panel kommer direkte fra ${provider || 'dataleverandøren'} og er uafhængige af bureautelegrammet, der er linket til ovenfor.`,
  scoreName: 'Alpha Score',
  scoreValueText: (score, label, f) => `${score} ud af ${f.n(100)}, ${label}`,
  labels: { strong: 'Stærk', moderate: 'Moderat', weak: 'Svag', poor: 'Dårlig' },
  change: (percent, when, day) =>
    ({
      today: `${percent} i dag`,
      close: `${percent} ved lukketid`,
      pre: `${percent} før åbning`,
      post: `${percent} efter lukketid`,
      day: `${percent} den ${day}`,
      unknown: percent,
    })[when],
  priceAt: (time) => `Kurs pr. ${time}`,
  explanation: (score, profile, signals, list, name) =>
    `En ${name} på ${score} afspejler en ${COMMON[profile]} samlet profil` +
    (signals.length ? ` med ${list(signals.map(([name, grade]) => `${SIGNAL[name][1][grade]} ${SIGNAL[name][0]}`))}.` : '.'),
  movement: (delta, since, changes, list) =>
    (delta === undefined ? `Siden ${since}` : delta.value === 0 ? `Uændret siden ${since}` : `${delta.text} point siden ${since}`) +
    (changes.length
      ? `: ${list(changes.map(([name, from, to]) => `${SIGNAL[name][0]} ${SIGNAL[name][1][from]} → ${SIGNAL[name][1][to]}`))}`
      : ''),
  trend: (name, from, to, since, direction) =>
    direction === 'flat'
      ? `${name} har ligget stabilt på ${to} siden ${since}`
      : `${name} er ${direction === 'up' ? 'steget' : 'faldet'} fra ${from} til ${to} siden ${since}`,
  coverage: (count, cap, f) =>
    `Baseret på ${f.n(count)} af ${f.n(4)} signaler` +
    (cap === undefined ? '.' : ` – scoren er begrænset til ${cap}, indtil resten af dataene er på plads.`),
  moreLink: (ticker) => `Læs hele analysen af ${ticker}`,
  more: 'Vis mere',
  less: 'Vis mindre',
  loading: 'Henter aktiedata …',
  invalidTicker: (ticker) => `»${ticker}« er ikke et gyldigt aktiesymbol.`,
  unavailableTicker: (ticker) => `Data for ${ticker} er ikke tilgængelige i øjeblikket.`,
  notFoundTicker: (ticker) => `Data for ${ticker} er ikke tilgængelige: ukendt aktiesymbol.`,
  unsupportedTicker: (ticker) => `Data for ${ticker} er ikke tilgængelige: aktien dækkes ikke af denne dataleverandør.`,
  loadFailed: 'Aktiedataene kunne ikke hentes.',
  retry: 'Prøv igen',
  stale: (time) => `Opdateringen mislykkedes. Viser data fra ${time}.`,
  unavailable: 'Aktieoverblikket er ikke tilgængeligt',
};

export default da;
