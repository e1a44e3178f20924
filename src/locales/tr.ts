import type { Catalog } from './catalog.js';
import type { Grade, SignalName } from '../data/types.js';

/**
 * No suffix is ever attached to a number, a date or a name (its vowel harmony
 * would depend on how it is read): "puan", "tane", "tarihinden bu yana",
 * "itibarıyla", "kaynaklı" carry them instead.
 */
const GRADE: Record<Grade, string> = { strong: 'güçlü', moderate: 'orta', weak: 'zayıf', poor: 'çok zayıf' };
const SIGNAL: Record<SignalName, string> = {
  momentum: 'momentum',
  value: 'değerleme',
  quality: 'kalite',
  sentiment: 'yatırımcı algısı',
};
const since = (day: string) => `${day} tarihinden bu yana`;

const tr: Catalog = {
  heading: 'Research Snapshot',
  subheading: 'Haberde adı geçen şirketlerin anlık piyasa verileri',
  footer: (provider) =>
    `Bu panel, yukarıdaki ajans haberinden bağımsız olarak ${provider ? `${provider} kaynaklı` : 'veri sağlayıcının kendi'} piyasa verilerini kullanır.`,
  scoreName: 'Alpha Skoru',
  scoreValueText: (score, label, f) => `${f.n(100)} üzerinden ${score}, ${label}`,
  labels: { strong: 'Güçlü', moderate: 'Orta', weak: 'Zayıf', poor: 'Çok zayıf' },
  change: (percent, when, day) =>
    ({
      today: `bugün ${percent}`,
      close: `kapanışta ${percent}`,
      pre: `mesai öncesi işlemlerde ${percent}`,
      post: `mesai sonrası işlemlerde ${percent}`,
      day: `${day} tarihinde ${percent}`,
      unknown: percent,
    })[when],
  priceAt: (time) => `${time} itibarıyla`,
  explanation: (score, profile, signals, list, name) =>
    `${name} ${score} puanla genel olarak ${GRADE[profile]}${profile === 'moderate' ? ' düzeyde' : ''} bir profile işaret ediyor` +
    (signals.length ? `: ${list(signals.map(([name, grade]) => `${SIGNAL[name]} ${GRADE[grade]}`))}.` : '.'),
  movement: (delta, day, changes, list) =>
    since(day) +
    (delta === undefined ? '' : delta.value === 0 ? ' değişmedi' : ` ${delta.text} puan`) +
    (changes.length ? `: ${list(changes.map(([name, from, to]) => `${SIGNAL[name]} ${GRADE[from]} → ${GRADE[to]}`))}` : ''),
  trend: (name, from, to, day, direction) =>
    `${name} ${since(day)} ` +
    (direction === 'flat' ? `${to} puanda sabit kaldı` : `${from} puandan ${to} puana ${direction === 'up' ? 'yükseldi' : 'geriledi'}`),
  coverage: (count, cap, f) =>
    `${f.n(4)} sinyalden ${f.n(count)} tanesine dayalı` + (cap ? `; kalan veriler gelene kadar skor ${cap} puanla sınırlı.` : '.'),
  moreLink: (ticker) => `${ticker} için ayrıntılı analiz`,
  more: 'Devamı',
  less: 'Daralt',
  loading: 'Piyasa verileri yükleniyor…',
  invalidTicker: (ticker) => `“${ticker}” geçerli bir hisse kodu değil.`,
  unavailableTicker: (ticker) => `${ticker} için veriler şu anda kullanılamıyor.`,
  notFoundTicker: (ticker) => `${ticker} için veri yok: hisse kodu bulunamadı.`,
  unsupportedTicker: (ticker) => `${ticker} için veri yok: bu hisse, veri sağlayıcının kapsamında değil.`,
  loadFailed: 'Piyasa verileri yüklenemedi.',
  retry: 'Tekrar dene',
  stale: (time) => `Güncellenemedi; veriler ${time} itibarıyla.`,
  unavailable: 'Özet kullanılamıyor',
};

export default tr;
