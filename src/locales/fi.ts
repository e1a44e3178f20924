import type { Catalog } from './catalog.js';
import type { Grade, SignalName } from '../data/types.js';

/**
 * Grades in the nominative ("laatu on vahva") and, for the overall profile, in
 * the elative ("kertoo vahvasta kokonaisprofiilista"). Numbers and Intl dates
 * are never inflected: "lukemasta 58 lukemaan 65", "24.4. lähtien",
 * "pörssipäivänä 24.4.", "laskettu 3/4 signaalista" (read "kolmesta neljästä signaalista").
 */
const GRADE: Record<Grade, string> = { strong: 'vahva', moderate: 'kohtalainen', weak: 'heikko', poor: 'huono' };
const ELATIVE: Record<Grade, string> = { strong: 'vahvasta', moderate: 'kohtalaisesta', weak: 'heikosta', poor: 'huonosta' };
/** Not bare "arvostus": "vahva arvostus" reads as a rich (expensive) valuation, the opposite of a strong value signal. */
const SIGNAL: Record<SignalName, string> = {
  momentum: 'kurssikehitys',
  value: 'arvostuksen houkuttelevuus',
  quality: 'laatu',
  sentiment: 'sentimentti',
};

const fi: Catalog = {
  heading: 'Research Snapshot',
  subheading: 'Ajantasaiset osaketiedot jutussa mainituista yhtiöistä',
  footer: (provider) => `Osaketiedot toimittaa ${provider || 'tietopalvelu'}, ei yllä linkitetyn jutun uutistoimisto.`,
  scoreName: 'Alpha Score',
  scoreValueText: (score, label, f) => `${score}/${f.n(100)}, ${label}`,
  labels: { strong: 'Vahva', moderate: 'Kohtalainen', weak: 'Heikko', poor: 'Huono' },
  change: (percent, when, day) =>
    percent +
    {
      today: ' tänään',
      close: ' päätöksessä',
      pre: ' ennen pörssin avausta',
      post: ' pörssin sulkeuduttua',
      day: ` pörssipäivänä ${day}`,
      unknown: '',
    }[when],
  priceAt: (time) => `Tilanne ${time}`,
  explanation: (score, profile, signals, list, name) =>
    `${name} ${score} kertoo ${ELATIVE[profile]} kokonaisprofiilista` +
    (signals.length ? `: ${list(signals.map(([name, grade], i) => `${SIGNAL[name]}${i ? '' : ' on'} ${GRADE[grade]}`))}.` : '.'),
  movement: (delta, since, changes, list) =>
    (delta === undefined ? `${since} lähtien` : delta.value === 0 ? `Ennallaan ${since} lähtien` : `${since} lähtien ${delta.text}`) +
    (changes.length ? `: ${list(changes.map(([name, from, to]) => `${SIGNAL[name]} ${GRADE[from]} → ${GRADE[to]}`))}` : ''),
  trend: (name, from, to, since, direction) =>
    `${name} on ${direction === 'flat' ? `pysynyt ${since} lähtien lukemassa` : `${direction === 'up' ? 'noussut' : 'laskenut'} ${since} lähtien lukemasta ${from} lukemaan`} ${to}`,
  coverage: (count, cap, f) =>
    `Laskettu ${f.n(count)}/${f.n(4)} signaalista` +
    (cap === undefined ? '.' : ` – pisteluku on enintään ${cap}, kunnes loput tiedot saadaan.`),
  moreLink: (ticker) => `Koko analyysi: ${ticker}`,
  more: 'Näytä lisää',
  less: 'Näytä vähemmän',
  loading: 'Ladataan osaketietoja…',
  invalidTicker: (ticker) => `”${ticker}” ei ole kelvollinen osaketunnus.`,
  unavailableTicker: (ticker) => `Osakkeen ${ticker} tietoja ei ole nyt saatavilla.`,
  notFoundTicker: (ticker) => `Tietoja ei ole saatavilla: tunnusta ${ticker} ei löydy.`,
  unsupportedTicker: (ticker) => `Osakkeen ${ticker} tietoja ei ole saatavilla: tietopalvelu ei seuraa osaketta.`,
  loadFailed: 'Osaketietoja ei voitu ladata.',
  retry: 'Yritä uudelleen',
  stale: (time) => `Päivitys epäonnistui. Tietojen hakuaika: ${time}.`,
  unavailable: 'Katsaus ei ole saatavilla',
};

export default fi;
