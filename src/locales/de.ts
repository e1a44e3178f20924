import type { Catalog } from './catalog.js';
import type { Grade, SignalName } from '../data/types.js';

/** Adjective stems; the endings follow the noun (neuter -em, feminine -er in the dative). */
const STEM: Record<Grade, string> = { strong: 'stark', moderate: 'moderat', weak: 'schwach', poor: 'schlecht' };
const SIGNAL: Record<SignalName, [noun: string, ending: string]> = {
  momentum: ['Momentum', 'em'],
  value: ['Bewertung', 'er'],
  quality: ['Qualität', 'er'],
  sentiment: ['Stimmung', 'er'],
};

const de: Catalog = {
  heading: 'Research Snapshot',
  subheading: 'Aktuelle Börsendaten zu den Unternehmen, die in diesem Artikel genannt werden',
  footer: (provider) =>
    `Dieses Panel nutzt ${provider ? `eigene Börsendaten von ${provider}` : 'eigene Börsendaten des Datenanbieters'}, unabhängig von der oben verlinkten Agenturmeldung.`,
  scoreName: 'Alpha-Score',
  scoreValueText: (score, label, f) => `${score} von ${f.n(100)}, ${label}`,
  labels: { strong: 'Stark', moderate: 'Moderat', weak: 'Schwach', poor: 'Schlecht' },
  change: (percent, when, day) =>
    ({
      today: `${percent} heute`,
      close: `${percent} zum Handelsschluss`,
      pre: `${percent} vorbörslich`,
      post: `${percent} nachbörslich`,
      day: `${percent} am ${day}`,
      unknown: percent,
    })[when],
  priceAt: (time) => `Stand: ${time}`,
  explanation: (score, profile, signals, list, name) =>
    `Der ${name} von ${score} spiegelt ein ${STEM[profile]}es Gesamtprofil wider` +
    (signals.length ? `, mit ${list(signals.map(([name, grade]) => `${STEM[grade]}${SIGNAL[name][1]} ${SIGNAL[name][0]}`))}.` : '.'),
  movement: (delta, since, changes, list) =>
    (delta === undefined ? `Seit dem ${since}` : delta.value === 0 ? `Unverändert seit dem ${since}` : `${delta.text} seit dem ${since}`) +
    (changes.length ? `: ${list(changes.map(([name, from, to]) => `${SIGNAL[name][0]} ${STEM[from]} → ${STEM[to]}`))}` : ''),
  trend: (name, from, to, since, direction) =>
    direction === 'flat'
      ? `Der ${name} liegt seit dem ${since} unverändert bei ${to}`
      : `Der ${name} ist seit dem ${since} von ${from} auf ${to} ${direction === 'up' ? 'gestiegen' : 'gefallen'}`,
  coverage: (count, cap, f) =>
    `Basiert auf ${f.n(count)} von ${f.n(4)} Signalen` +
    (cap === undefined ? '.' : ` – der Score ist bis zum Eingang der übrigen Daten auf ${cap} begrenzt.`),
  moreLink: (ticker) => `Ausführliche Analyse zu ${ticker}`,
  more: 'Mehr',
  less: 'Weniger',
  loading: 'Börsendaten werden geladen …',
  invalidTicker: (ticker) => `„${ticker}“ ist kein gültiges Tickersymbol.`,
  unavailableTicker: (ticker) => `Daten zu ${ticker} sind derzeit nicht verfügbar.`,
  notFoundTicker: (ticker) => `Daten zu ${ticker} sind nicht verfügbar: unbekanntes Tickersymbol.`,
  unsupportedTicker: (ticker) => `Daten zu ${ticker} sind nicht verfügbar: nicht im Angebot dieses Datenanbieters.`,
  loadFailed: 'Die Börsendaten konnten nicht geladen werden.',
  retry: 'Erneut versuchen',
  stale: (time) => `Aktualisierung fehlgeschlagen. Angezeigt werden Daten mit Stand ${time}.`,
  unavailable: 'Snapshot nicht verfügbar',
};

export default de;
