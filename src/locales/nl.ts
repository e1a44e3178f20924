import type { Catalog } from './catalog.js';
import type { Grade, SignalName } from '../data/types.js';

/** Predicative and het-word forms ("het momentum is zwak", "zwak sentiment"); de-words take -e before the noun ("zwakke waardering"). */
const BARE: Record<Grade, string> = { strong: 'sterk', moderate: 'gemiddeld', weak: 'zwak', poor: 'slecht' };
const INFLECTED: Record<Grade, string> = { strong: 'sterke', moderate: 'gemiddelde', weak: 'zwakke', poor: 'slechte' };
const SIGNAL: Record<SignalName, [noun: string, attributive: Record<Grade, string>]> = {
  momentum: ['momentum', BARE],
  value: ['waardering', INFLECTED],
  quality: ['kwaliteit', INFLECTED],
  sentiment: ['sentiment', BARE],
};

const nl: Catalog = {
  heading: 'Research Snapshot',
  subheading: 'Actuele beursinformatie over de bedrijven die in dit artikel worden genoemd',
  footer: (provider) =>
    `Dit overzicht gebruikt beursgegevens rechtstreeks van ${provider || 'de dataleverancier'}, los van het hierboven gelinkte persbureaubericht.`,
  scoreName: 'Alpha Score',
  scoreValueText: (score, label, f) => `${score} van de ${f.n(100)}, ${label}`,
  labels: { strong: 'Sterk', moderate: 'Gemiddeld', weak: 'Zwak', poor: 'Slecht' },
  change: (percent, when, day) =>
    ({
      today: `${percent} vandaag`,
      close: `${percent} bij het slot`,
      pre: `${percent} voorbeurs`,
      post: `${percent} nabeurs`,
      day: `${percent} op ${day}`,
      unknown: percent,
    })[when],
  priceAt: (time) => `koers van ${time}`,
  explanation: (score, profile, signals, list, name) =>
    `De ${name} van ${score} wijst op een ${BARE[profile]} totaalbeeld` +
    (signals.length ? `, met ${list(signals.map(([name, grade]) => `${SIGNAL[name][1][grade]} ${SIGNAL[name][0]}`))}.` : '.'),
  movement: (delta, since, changes, list) =>
    (delta === undefined ? `Sinds ${since}` : delta.value === 0 ? `Ongewijzigd sinds ${since}` : `${delta.text} sinds ${since}`) +
    (changes.length ? `: ${list(changes.map(([name, from, to]) => `${SIGNAL[name][0]} ${BARE[from]} → ${BARE[to]}`))}` : ''),
  trend: (name, from, to, since, direction) =>
    direction === 'flat'
      ? `De ${name} staat sinds ${since} onveranderd op ${to}`
      : `De ${name} is sinds ${since} ${direction === 'up' ? 'gestegen' : 'gedaald'} van ${from} naar ${to}`,
  // "1 van de 4 signalen": the partitive keeps the plural, so the noun does not follow the count.
  coverage: (count, cap, f) =>
    `Gebaseerd op ${f.n(count)} van de ${f.n(4)} signalen` +
    (cap === undefined ? '.' : ` – de score is gemaximeerd op ${cap} tot de ontbrekende gegevens binnen zijn.`),
  moreLink: (ticker) => `Volledige analyse van ${ticker}`,
  more: 'Meer tonen',
  less: 'Minder tonen',
  loading: 'Beursgegevens worden geladen…',
  invalidTicker: (ticker) => `“${ticker}” is geen geldig beurssymbool.`,
  unavailableTicker: (ticker) => `De gegevens van ${ticker} zijn momenteel niet beschikbaar.`,
  notFoundTicker: (ticker) => `De gegevens van ${ticker} zijn niet beschikbaar: onbekend beurssymbool.`,
  unsupportedTicker: (ticker) => `De gegevens van ${ticker} zijn niet beschikbaar: niet in het aanbod van deze dataleverancier.`,
  loadFailed: 'De beursgegevens konden niet worden geladen.',
  retry: 'Opnieuw proberen',
  stale: (time) => `Bijwerken is mislukt; dit zijn de gegevens van ${time}.`,
  unavailable: 'Overzicht niet beschikbaar',
};

export default nl;
