import type { Catalog } from './catalog.js';
import type { Grade, SignalName } from '../data/types.js';

/** Adjective stems: "silný, silná, silné" (m/f/n) but "střední" in every gender. */
const STEM: Record<Grade, string> = { strong: 'siln', moderate: 'středn', weak: 'slab', poor: 'velmi slab' };
const adjective = (grade: Grade, ending: string) => STEM[grade] + (grade === 'moderate' ? 'í' : ending);
/** The noun and the ending of a hard adjective that agrees with it (silné momentum, silná valuace, silný sentiment). */
const SIGNAL: Record<SignalName, [noun: string, ending: string]> = {
  momentum: ['momentum', 'é'],
  value: ['valuace', 'á'],
  quality: ['kvalita', 'á'],
  sentiment: ['sentiment', 'ý'],
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
    `${name} ${score} odráží celkově ${adjective(profile, 'ý')} profil` +
    (signals.length ? `: ${list(signals.map(([name, grade]) => `${adjective(grade, SIGNAL[name][1])} ${SIGNAL[name][0]}`))}.` : '.'),
  movement: (delta, since, changes, list) =>
    (delta === undefined ? `Od ${since}` : delta.value === 0 ? `Beze změny od ${since}` : `${delta.text} od ${since}`) +
    (changes.length
      ? `: ${list(changes.map(([name, from, to]) => `${SIGNAL[name][0]} ${adjective(from, SIGNAL[name][1])} → ${adjective(to, SIGNAL[name][1])}`))}`
      : ''),
  trend: (name, from, to, since, direction) =>
    `${name}: od ${since} ` +
    (direction === 'flat' ? `stabilně na ${to}` : `${direction === 'up' ? 'nárůst' : 'pokles'} z původních ${from} na ${to}`),
  coverage: (count, cap, f) =>
    `Na základě ${f.n(count)} ze ${f.n(4)} signálů` + (cap === undefined ? '.' : ` – bez úplných dat skóre nepřekročí ${cap}.`),
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
