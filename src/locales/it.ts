import type { Catalog } from './catalog.js';
import type { Grade, SignalName } from '../data/types.js';

const MASCULINE: Record<Grade, string> = { strong: 'forte', moderate: 'moderato', weak: 'debole', poor: 'scarso' };
const FEMININE: Record<Grade, string> = { strong: 'forte', moderate: 'moderata', weak: 'debole', poor: 'scarsa' };
const SIGNAL: Record<SignalName, [noun: string, forms: Record<Grade, string>]> = {
  momentum: ['momentum', MASCULINE],
  value: ['valutazione', FEMININE],
  quality: ['qualità', FEMININE],
  sentiment: ['sentiment', MASCULINE],
};

/** "il 24 apr", "l’8 apr", "dal 20 apr", "dall’11 apr", "all’11 nov, 09:00": the article elides before a vowel sound. */
const elided = (day: string) => /^(8|11)\D/.test(day);
const il = (day: string) => (elided(day) ? `l’${day}` : `il ${day}`);
const dal = (day: string) => (elided(day) ? `dall’${day}` : `dal ${day}`);
const al = (day: string) => (elided(day) ? `all’${day}` : `al ${day}`);

const it: Catalog = {
  heading: 'Research Snapshot',
  subheading: 'Dati di borsa in tempo reale sulle società citate nell’articolo',
  footer: (provider) =>
    `Il pannello usa dati di borsa propri ${provider ? `di ${provider}` : 'del fornitore'}, distinti dal lancio d’agenzia citato sopra.`,
  scoreName: 'Alpha Score',
  scoreValueText: (score, label, f) => `${score} su ${f.n(100)}, ${label}`,
  labels: { strong: 'Forte', moderate: 'Moderato', weak: 'Debole', poor: 'Scarso' },
  change: (percent, when, day) =>
    ({
      today: `${percent} oggi`,
      close: `${percent} alla chiusura`,
      pre: `${percent} in preapertura`,
      post: `${percent} dopo la chiusura`,
      day: `${percent} ${il(day)}`,
      unknown: percent,
    })[when],
  priceAt: (time) => `aggiornato ${al(time)}`,
  explanation: (score, profile, signals, list, name) =>
    `Un ${name} di ${score} riflette un profilo complessivo ${MASCULINE[profile]}` +
    (signals.length ? `, con ${list(signals.map(([name, grade]) => `${SIGNAL[name][0]} ${SIGNAL[name][1][grade]}`))}.` : '.'),
  movement: (delta, since, changes, list) =>
    (delta === undefined ? `Variazioni ${dal(since)}` : `${delta.value === 0 ? 'Invariato' : delta.text} ${dal(since)}`) +
    (changes.length
      ? `: ${list(changes.map(([name, from, to]) => `${SIGNAL[name][0]} ${SIGNAL[name][1][from]} → ${SIGNAL[name][1][to]}`))}`
      : ''),
  trend: (name, from, to, since, direction) =>
    `${name} ${direction === 'flat' ? `stabile a ${to}` : `in ${direction === 'up' ? 'rialzo' : 'calo'} da ${from} a ${to}`} ${dal(since)}`,
  coverage: (count, cap, f) =>
    `Basato su ${f.n(count)} ${f.plural(count) === 'one' ? 'segnale' : 'segnali'} su ${f.n(4)}` +
    (cap === undefined ? '.' : `: il punteggio resta limitato a ${cap} finché non arrivano i dati mancanti.`),
  moreLink: (ticker) => `Analisi completa di ${ticker}`,
  more: 'Leggi tutto',
  less: 'Riduci',
  loading: 'Caricamento dati di borsa…',
  invalidTicker: (ticker) => `«${ticker}» non è un simbolo valido.`,
  unavailableTicker: (ticker) => `I dati di ${ticker} non sono disponibili al momento.`,
  notFoundTicker: (ticker) => `Dati di ${ticker} non disponibili: simbolo sconosciuto.`,
  unsupportedTicker: (ticker) => `Dati di ${ticker} non disponibili: titolo non coperto.`,
  loadFailed: 'Impossibile caricare i dati di borsa.',
  retry: 'Riprova',
  stale: (time) => `Impossibile aggiornare. Ultimo aggiornamento: ${time}.`,
  unavailable: 'Snapshot non disponibile',
};

export default it;
