import type { Catalog } from './catalog.js';
import type { Grade, SignalName } from '../data/types.js';

/** The adjective agrees with the noun, before it and after it: en-words ("stark kvalitet"), ett-words ("starkt momentum"). */
const COMMON: Record<Grade, string> = { strong: 'stark', moderate: 'måttlig', weak: 'svag', poor: 'dålig' };
const NEUTER: Record<Grade, string> = { strong: 'starkt', moderate: 'måttligt', weak: 'svagt', poor: 'dåligt' };
const SIGNAL: Record<SignalName, [noun: string, forms: Record<Grade, string>]> = {
  momentum: ['momentum', NEUTER],
  value: ['värdering', COMMON],
  quality: ['kvalitet', COMMON],
  sentiment: ['sentiment', NEUTER],
};

const sv: Catalog = {
  heading: 'Research Snapshot',
  subheading: 'Aktuell börsinformation om bolagen som nämns i artikeln',
  footer: (provider) =>
    `Översikten bygger på börsdata direkt från ${provider || 'dataleverantören'}, oberoende av nyhetstelegrammet som länkas ovan.`,
  scoreName: 'Alpha Score',
  scoreValueText: (score, label, f) => `${score} av ${f.n(100)}, ${label}`,
  labels: { strong: 'Stark', moderate: 'Måttlig', weak: 'Svag', poor: 'Dålig' },
  change: (percent, when, day) =>
    ({
      today: `${percent} i dag`,
      close: `${percent} vid stängning`,
      pre: `${percent} i förhandeln`,
      post: `${percent} i efterhandeln`,
      day: `${percent} den ${day}`,
      unknown: percent,
    })[when],
  priceAt: (time) => `per ${time}`,
  explanation: (score, profile, signals, list, name) =>
    `${name} på ${score} speglar en överlag ${COMMON[profile]} profil` +
    (signals.length ? `, med ${list(signals.map(([name, grade]) => `${SIGNAL[name][1][grade]} ${SIGNAL[name][0]}`))}.` : '.'),
  movement: (delta, since, changes, list) =>
    (delta === undefined
      ? `Sedan den ${since}`
      : delta.value === 0
        ? `Oförändrat sedan den ${since}`
        : `${delta.text} sedan den ${since}`) +
    (changes.length
      ? `: ${list(changes.map(([name, from, to]) => `${SIGNAL[name][0]} ${SIGNAL[name][1][from]} → ${SIGNAL[name][1][to]}`))}`
      : ''),
  trend: (name, from, to, since, direction) =>
    direction === 'flat'
      ? `${name} har legat kvar på ${to} sedan den ${since}`
      : `${name} har ${direction === 'up' ? 'stigit' : 'sjunkit'} från ${from} till ${to} sedan den ${since}`,
  // "1 av 4 signaler": the partitive keeps the plural, so the noun does not follow the count.
  coverage: (count, cap, f) =>
    `Bygger på ${f.n(count)} av ${f.n(4)} signaler` +
    (cap === undefined ? '.' : ` – betyget är begränsat till högst ${cap} tills resterande data har kommit in.`),
  moreLink: (ticker) => `Fullständig analys av ${ticker}`,
  more: 'Visa mer',
  less: 'Visa mindre',
  loading: 'Hämtar börsdata…',
  invalidTicker: (ticker) => `”${ticker}” är inte ett giltigt kortnamn.`,
  unavailableTicker: (ticker) => `Uppgifter om ${ticker} är inte tillgängliga just nu.`,
  notFoundTicker: (ticker) => `Uppgifter om ${ticker} saknas: okänt kortnamn.`,
  unsupportedTicker: (ticker) => `Uppgifter om ${ticker} saknas: bevakas inte av den här dataleverantören.`,
  loadFailed: 'Det gick inte att hämta börsdata.',
  retry: 'Försök igen',
  stale: (time) => `Uppdateringen misslyckades. Uppgifterna är från ${time}.`,
  unavailable: 'Översikten är inte tillgänglig',
};

export default sv;
