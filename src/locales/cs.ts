import type { Catalog } from './catalog.js';
import type { Grade, SignalName } from '../data/types.js';

/** The grades agreeing with a masculine noun: silný sentiment, silný profil ("střední" in every gender). */
const MASCULINE: Record<Grade, string> = { strong: 'silný', moderate: 'střední', weak: 'slabý', poor: 'velmi slabý' };
/** Each signal's noun and the grades agreeing with it: silné momentum, silná valuace, vysoká (not "silná") kvalita. */
const SIGNAL: Record<SignalName, [noun: string, grades: Record<Grade, string>]> = {
  momentum: ['momentum', { strong: 'silné', moderate: 'střední', weak: 'slabé', poor: 'velmi slabé' }],
  value: ['valuace', { strong: 'silná', moderate: 'střední', weak: 'slabá', poor: 'velmi slabá' }],
  quality: ['kvalita', { strong: 'vysoká', moderate: 'střední', weak: 'slabá', poor: 'velmi slabá' }],
  sentiment: ['sentiment', MASCULINE],
};

const cs: Catalog = {
  heading: 'Research Snapshot',
  subheading: 'Burzovní data firem zmíněných v článku',
  footer: (provider) =>
    `Panel využívá vlastní burzovní data poskytovatele${provider ? ` ${provider}` : ''}, nezávislá na agenturní zprávě.`,
  scoreName: 'Alpha Score',
  scoreValueText: (score, label, f) => `${score} ze ${f.n(100)}, ${label}`,
  labels: { strong: 'Silné', moderate: 'Střední', weak: 'Slabé', poor: 'Velmi slabé' },
  change: (percent, when, day) =>
    ({
      today: `${percent} dnes`,
      close: `${percent} při uzavření trhu`,
      pre: `${percent} před otevřením trhu`,
      post: `${percent} po uzavření trhu`,
      day: `${percent} dne ${day}`,
      unknown: percent,
    })[when],
  priceAt: (time) => `stav k ${time}`,
  explanation: (score, profile, signals, list, name) =>
    `${name} ${score} odráží celkově ${MASCULINE[profile]} profil` +
    (signals.length ? `: ${list(signals.map(([name, grade]) => `${SIGNAL[name][1][grade]} ${SIGNAL[name][0]}`))}.` : '.'),
  movement: (delta, since, changes, list) =>
    (!delta ? `Od ${since}` : !delta.value ? `Beze změny od ${since}` : `${delta.text} od ${since}`) +
    (changes.length
      ? `: ${list(changes.map(([name, from, to]) => `${SIGNAL[name][0]} ${SIGNAL[name][1][from]} → ${SIGNAL[name][1][to]}`))}`
      : ''),
  /** "ze" where the number is said with a sibilant or a cluster: ze 7 (sedmi), ze 65, ze 100 (sta); z 58, z 10, z 1. */
  trend: (name, from, to, since, direction) =>
    `${name}: od ${since} ` +
    (direction === 'flat'
      ? `stabilně na ${to}`
      : `${direction === 'up' ? 'nárůst' : 'pokles'} ${/^([2-467]|1[2-467]\b|100)/.test(from) ? 'ze' : 'z'} ${from} na ${to}`),
  coverage: (count, cap, f) =>
    `Na základě ${f.n(count)} ze ${f.n(4)} signálů` + (cap ? ` – bez úplných dat skóre nepřekročí ${cap}.` : '.'),
  moreLink: (ticker) => `Podrobná analýza ${ticker}`,
  more: 'Více',
  less: 'Méně',
  loading: 'Načítání burzovních dat…',
  invalidTicker: (ticker) => `„${ticker}“ není platný symbol.`,
  unavailableTicker: (ticker) => `Data pro ${ticker} nejsou momentálně k dispozici.`,
  notFoundTicker: (ticker) => `Data pro ${ticker} nejsou k dispozici: neznámý symbol.`,
  unsupportedTicker: (ticker) => `Data pro ${ticker} nejsou k dispozici: titul mimo nabídku poskytovatele.`,
  loadFailed: 'Data se nepodařilo načíst.',
  retry: 'Zkusit znovu',
  stale: (time) => `Data se nepodařilo obnovit. Naposledy načteno: ${time}.`,
  unavailable: 'Přehled není k dispozici',
};

export default cs;
