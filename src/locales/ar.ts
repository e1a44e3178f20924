import type { Catalog } from './catalog.js';
import type { Grade, SignalName } from '../data/types.js';

/** Grades, masculine; the feminine adds ة (متدنٍ → متدنية). */
const GRADE: Record<Grade, string> = { strong: 'قوي', moderate: 'متوسط', weak: 'ضعيف', poor: 'متدنٍ' };
const fem = (grade: Grade) => (grade === 'poor' ? 'متدنية' : `${GRADE[grade]}ة`);
/** Indefinite nouns, feminine but the first (معنويات: a plural of things, feminine singular agreement). */
const SIGNAL: Record<SignalName, string> = { momentum: 'زخم', value: 'قيمة', quality: 'جودة', sentiment: 'معنويات' };
const grade = (name: SignalName, g: Grade) => (name === 'momentum' ? GRADE[g] : fem(g));
const none = (ticker: string, why: string) => `بيانات ${ticker} غير متاحة${why}.`;

const ar: Catalog = {
  heading: 'Research Snapshot',
  subheading: 'بيانات آنية لأسهم الشركات الواردة في الخبر',
  footer: (provider) =>
    `بيانات الأسهم في هذه اللوحة مصدرها ${provider || 'مزوّد البيانات'} مباشرةً، بمعزل عن خبر الوكالة المرفق رابطه أعلاه.`,
  scoreName: 'مؤشر ألفا',
  scoreValueText: (score, label, f) => `${score} من ${f.n(100)}، ${label}`,
  labels: GRADE,
  change: (percent, when, day) =>
    ({
      today: `${percent} اليوم`,
      close: `${percent} عند الإغلاق`,
      pre: `${percent} قبل الافتتاح`,
      post: `${percent} بعد الإغلاق`,
      day: `${percent} في ${day}`,
      unknown: percent,
    })[when],
  priceAt: (time) => `آخر تحديث: ${time}`,
  // The verb and «البالغة» agree with قراءة, whatever the gender of the score's name.
  explanation: (score, profile, signals, list, name) =>
    `تعكس قراءة ${name} البالغة ${score} صورة عامة ${fem(profile)}` +
    (signals.length ? `، مع ${list(signals.map(([name, g]) => `${SIGNAL[name]} ${grade(name, g)}`))}.` : '.'),
  // A definite noun, indefinite predicates: «الجودة قوية ← متوسطة».
  movement: (delta, since, changes, list) =>
    (delta === undefined ? '' : delta.value === 0 ? 'دون تغيير ' : `${delta.text} `) +
    `منذ ${since}` +
    (changes.length ? `: ${list(changes.map(([name, from, to]) => `ال${SIGNAL[name]} ${grade(name, from)} ← ${grade(name, to)}`))}` : ''),
  // Verbal nouns, as in headlines: no verb to agree with the score's name.
  trend: (name, from, to, since, direction) =>
    (direction === 'flat' ? `استقرار ${name} عند ${to}` : `${direction === 'up' ? 'ارتفاع' : 'تراجع'} ${name} من ${from} إلى ${to}`) +
    ` منذ ${since}`,
  // إشارات is the counted noun of ٤ (3 to 10: genitive plural), whatever the count: «٣ من أصل ٤ إشارات».
  coverage: (count, cap, f) =>
    `استنادًا إلى ${f.n(count)} من أصل ${f.n(4)} إشارات` + (cap === undefined ? '.' : `، ولن يتجاوز المؤشر ${cap} قبل اكتمال البيانات.`),
  moreLink: (ticker) => `التحليل الكامل لسهم ${ticker}`,
  more: 'المزيد',
  less: 'إخفاء',
  loading: 'جارٍ تحميل بيانات الأسهم…',
  invalidTicker: (ticker) => `«${ticker}» ليس رمز تداول صالحًا.`,
  unavailableTicker: (ticker) => none(ticker, ' حاليًا'),
  notFoundTicker: (ticker) => none(ticker, ': رمز غير معروف'),
  unsupportedTicker: (ticker) => none(ticker, ': خارج تغطية المزوّد'),
  loadFailed: 'تعذّر تحميل بيانات الأسهم.',
  retry: 'إعادة المحاولة',
  stale: (time) => `تعذّر التحديث. البيانات المعروضة تعود إلى ${time}.`,
  unavailable: 'الملخص غير متاح',
};

export default ar;
