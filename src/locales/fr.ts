import type { Catalog } from './catalog.js';
import type { Grade, SignalName } from '../data/types.js';

/** « de » elides before a vowel: « d’AMZN », « de MSFT ». */
const de = (word: string) => (/^[AEIOU]/i.test(word) ? `d’${word}` : `de ${word}`);

const MASCULINE: Record<Grade, string> = { strong: 'fort', moderate: 'modéré', weak: 'faible', poor: 'médiocre' };
const FEMININE: Record<Grade, string> = { strong: 'forte', moderate: 'modérée', weak: 'faible', poor: 'médiocre' };
const SIGNAL: Record<SignalName, [article: string, noun: string, forms: Record<Grade, string>]> = {
  momentum: ['un', 'momentum', MASCULINE],
  value: ['une', 'valorisation', FEMININE],
  quality: ['une', 'qualité', FEMININE],
  sentiment: ['un', 'sentiment', MASCULINE],
};

const fr: Catalog = {
  heading: 'Research Snapshot',
  subheading: 'Données boursières en direct sur les entreprises citées dans cet article',
  footer: (provider) =>
    `Ce panneau utilise les données boursières propres ${provider ? `à ${provider}` : 'au fournisseur'}, distinctes de la dépêche d’agence citée plus haut.`,
  scoreName: 'Alpha Score',
  scoreValueText: (score, label, f) => `${score} sur ${f.n(100)}, ${label}`,
  labels: { strong: 'Fort', moderate: 'Modéré', weak: 'Faible', poor: 'Médiocre' },
  change: (percent, when, day) =>
    ({
      today: `${percent} aujourd’hui`,
      close: `${percent} à la clôture`,
      pre: `${percent} en préouverture`,
      post: `${percent} après la clôture`,
      day: `${percent} le ${day}`,
      unknown: percent,
    })[when],
  priceAt: (time) => `au ${time}`,
  explanation: (score, profile, signals, list, name) =>
    `Un ${name} de ${score} traduit un profil global ${MASCULINE[profile]}` +
    (signals.length
      ? `, avec ${list(signals.map(([name, grade]) => `${SIGNAL[name][0]} ${SIGNAL[name][1]} ${SIGNAL[name][2][grade]}`))}.`
      : '.'),
  movement: (delta, since, changes, list) =>
    (delta === undefined ? 'Depuis' : delta.value === 0 ? 'Inchangé depuis' : `${delta.text} depuis`) +
    ` le ${since}` +
    (changes.length
      ? ` : ${list(changes.map(([name, from, to]) => `${SIGNAL[name][1]} ${SIGNAL[name][2][from]} → ${SIGNAL[name][2][to]}`))}`
      : ''),
  trend: (name, from, to, since, direction) =>
    `${name} ${direction === 'flat' ? `stable à ${to}` : `en ${direction === 'up' ? 'hausse' : 'baisse'} de ${from} à ${to}`} depuis le ${since}`,
  coverage: (count, cap, f) =>
    `Basé sur ${f.n(count)} signa${f.plural(count) === 'one' ? 'l' : 'ux'} sur ${f.n(4)}` +
    (cap === undefined ? '.' : ` — le score est plafonné à ${cap} en attendant les données manquantes.`),
  moreLink: (ticker) => `Analyse complète ${de(ticker)}`,
  more: 'Lire la suite',
  less: 'Réduire',
  loading: 'Chargement des données boursières…',
  invalidTicker: (ticker) => `« ${ticker} » n’est pas un symbole boursier valide.`,
  unavailableTicker: (ticker) => `Les données ${de(ticker)} sont momentanément indisponibles.`,
  notFoundTicker: (ticker) => `Les données ${de(ticker)} sont indisponibles : symbole inconnu.`,
  unsupportedTicker: (ticker) => `Les données ${de(ticker)} sont indisponibles : valeur non couverte.`,
  loadFailed: 'Impossible de charger les données boursières.',
  retry: 'Réessayer',
  stale: (time) => `Échec de l’actualisation. Mise à jour : ${time}.`,
  unavailable: 'Aperçu indisponible',
};

export default fr;
