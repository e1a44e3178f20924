import type { Catalog } from './catalog.js';
import type { Grade, SignalName } from '../data/types.js';

const MASCULINE: Record<Grade, string> = { strong: 'חזק', moderate: 'בינוני', weak: 'חלש', poor: 'גרוע' };
const FEMININE: Record<Grade, string> = { strong: 'חזקה', moderate: 'בינונית', weak: 'חלשה', poor: 'גרועה' };
const SIGNAL: Record<SignalName, [noun: string, forms: Record<Grade, string>]> = {
  momentum: ['מומנטום', MASCULINE],
  value: ['ערך', MASCULINE],
  quality: ['איכות', FEMININE],
  sentiment: ['סנטימנט', MASCULINE],
};

const he: Catalog = {
  heading: 'Research Snapshot',
  subheading: 'נתוני מניות בזמן אמת על החברות המוזכרות בכתבה',
  // The prefix מ takes a hyphen before a Latin name or a digit, not before a Hebrew word.
  footer: (provider) =>
    `נתוני המניות בחלונית זו מגיעים ישירות ${provider ? `מ${/^[א-ת]/.test(provider) ? '' : '-'}${provider}` : 'מספק הנתונים'}, בנפרד מידיעת הסוכנות המקושרת למעלה.`,
  scoreName: 'ציון אלפא',
  scoreValueText: (score, label, f) => `${score} מתוך ${f.n(100)}, ${label}`,
  labels: MASCULINE,
  change: (percent, when, day) =>
    ({
      today: `${percent} היום`,
      close: `${percent} בנעילה`,
      pre: `${percent} במסחר המוקדם`,
      post: `${percent} במסחר המאוחר`,
      day: `${percent} ב-${day}`,
      unknown: percent,
    })[when],
  priceAt: (time) => `נכון ל-${time}`,
  // The score's name is never the subject: nothing agrees with it, and the sentence opens in Hebrew whatever its script.
  explanation: (score, profile, signals, list, name) =>
    `עם ${name} של ${score}, התמונה הכללית ${FEMININE[profile]}` +
    (signals.length ? `: ${list(signals.map(([name, grade]) => `${SIGNAL[name][0]} ${SIGNAL[name][1][grade]}`))}.` : '.'),
  // Definite noun, indefinite predicate: "האיכות חזקה ← בינונית".
  movement: (delta, since, changes, list) =>
    (delta === undefined ? '' : delta.value === 0 ? 'ללא שינוי ' : `${delta.text} `) +
    `מאז ${since}` +
    (changes.length
      ? `: ${list(changes.map(([name, from, to]) => `ה${SIGNAL[name][0]} ${SIGNAL[name][1][from]} ← ${SIGNAL[name][1][to]}`))}`
      : ''),
  // Nouns, as in a headline: no verb to agree with the score's name.
  trend: (name, from, to, since, direction) =>
    `${name}: ${direction === 'flat' ? `${to}, ללא שינוי` : `${direction === 'up' ? 'עלייה' : 'ירידה'} מ-${from} ל-${to}`} מאז ${since}`,
  // אותות is counted by 4, whatever the count: "3 מתוך 4 אותות".
  coverage: (count, cap, f) =>
    `על סמך ${f.n(count)} מתוך ${f.n(4)} אותות` + (cap === undefined ? '.' : ` – הציון מוגבל ל-${cap} עד לקבלת יתר הנתונים.`),
  moreLink: (ticker) => `ניתוח מלא למניית ${ticker}`,
  more: 'הצג עוד',
  less: 'הצג פחות',
  loading: 'נתוני המניות נטענים…',
  invalidTicker: (ticker) => `הסימול "${ticker}" אינו תקין.`,
  unavailableTicker: (ticker) => `נתוני ${ticker} אינם זמינים כרגע.`,
  notFoundTicker: (ticker) => `נתוני ${ticker} אינם זמינים: לא נמצאה מניה בסימול זה.`,
  unsupportedTicker: (ticker) => `נתוני ${ticker} אינם זמינים: ספק הנתונים אינו מכסה מניה זו.`,
  loadFailed: 'טעינת נתוני המניות נכשלה.',
  retry: 'ניסיון חוזר',
  stale: (time) => `הרענון נכשל. מוצגים נתונים מ־${time}.`,
  unavailable: 'תמונת המצב אינה זמינה',
};

export default he;
