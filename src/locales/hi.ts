import type { Catalog } from './catalog.js';
import type { Grade, SignalName } from '../data/types.js';

/** Grades are invariant adjectives (no -ा/-ी/-े), so they fit every noun; labels are the same words. */
const GRADE: Record<Grade, string> = { strong: 'मजबूत', moderate: 'मध्यम', weak: 'कमजोर', poor: 'खराब' };
const SIGNAL: Record<SignalName, string> = { momentum: 'मोमेंटम', value: 'वैल्यू', quality: 'क्वालिटी', sentiment: 'सेंटिमेंट' };
/** "since": after a date, के बाद से. */
const since = (day: string) => `${day} के बाद से`;
const data = (ticker: string) => `${ticker} का डेटा उपलब्ध नहीं`;
/** Lists as Hindi writes them: no comma before और (Intl gives “a, b, और c”). */
const and = (text: string) => text.replace(', और', ' और');

/**
 * Hindi. Sentences about the score avoid verbs that agree with its name (a
 * provider may give a feminine one, रेटिंग): headline style, "… बढ़कर 65 पर".
 */
const hi: Catalog = {
  heading: 'Research Snapshot',
  subheading: 'इस खबर में जिन कंपनियों का सीधा जिक्र है, उनके शेयरों का ताजा हाल',
  footer: (provider) => `यह पैनल ${provider || 'डेटा प्रदाता'} के अपने शेयर डेटा पर आधारित है, जो ऊपर लिंक की गई मूल एजेंसी खबर से अलग है।`,
  scoreName: 'अल्फा स्कोर',
  scoreValueText: (score, label, f) => `${f.n(100)} में से ${score}, ${label}`,
  labels: GRADE,
  change: (percent, when, day) =>
    ({
      today: `आज ${percent}`,
      close: `${percent} पर बंद`,
      pre: `प्री-मार्केट में ${percent}`,
      post: `आफ्टर-आवर्स में ${percent}`,
      day: `${day} को ${percent}`,
      unknown: percent,
    })[when],
  priceAt: (time) => `${time} तक`,
  explanation: (score, profile, signals, list, name) =>
    `${name} ${score} के अनुसार समग्र प्रोफाइल ${GRADE[profile]} है${
      signals.length ? `: ${and(list(signals.map(([name, grade]) => `${SIGNAL[name]} ${GRADE[grade]}`)))}` : ''
    }।`,
  movement: (delta, day, changes, list) =>
    since(day) +
    (delta ? ` ${delta.value ? delta.text : 'स्थिर'}` : '') +
    (changes.length ? `: ${and(list(changes.map(([name, from, to]) => `${SIGNAL[name]} ${GRADE[from]} → ${GRADE[to]}`)))}` : ''),
  trend: (name, from, to, day, direction) =>
    `${since(day)} ${name} ` + (direction === 'flat' ? `${to} पर स्थिर` : `${from} से ${direction === 'up' ? 'बढ़कर' : 'घटकर'} ${to} पर`),
  coverage: (count, cap, f) =>
    `${f.n(4)} में से ${f.n(count)} संकेत${f.plural(count) === 'one' ? '' : 'ों'} पर आधारित${cap ? ` — बाकी डेटा आने तक स्कोर ${cap} से ऊपर नहीं जाएगा` : ''}।`,
  moreLink: (ticker) => `${ticker} का पूरा विश्लेषण`,
  more: 'और पढ़ें',
  less: 'कम दिखाएं',
  loading: 'शेयर डेटा लोड हो रहा है…',
  invalidTicker: (ticker) => `“${ticker}” अमान्य टिकर सिंबल है।`,
  unavailableTicker: (ticker) => `अभी ${data(ticker)} है।`,
  notFoundTicker: (ticker) => `${data(ticker)}: टिकर नहीं मिला।`,
  unsupportedTicker: (ticker) => `${data(ticker)}: यह डेटा प्रदाता इसे कवर नहीं करता।`,
  loadFailed: 'शेयर डेटा लोड नहीं हो सका।',
  retry: 'फिर कोशिश करें',
  stale: (time) => `अपडेट नहीं हो सका। ${time} का डेटा दिखाया जा रहा है।`,
  unavailable: 'स्नैपशॉट उपलब्ध नहीं',
};

export default hi;
