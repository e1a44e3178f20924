import type { Catalog } from './catalog.js';
import type { Grade, SignalName } from '../data/types.js';

/** Grades in a sentence; the labels are the same words, capitalised. */
const GRADE: Record<Grade, string> = { strong: 'kuat', moderate: 'moderat', weak: 'lemah', poor: 'buruk' };
const SIGNAL: Record<SignalName, string> = { momentum: 'momentum', value: 'valuasi', quality: 'kualitas', sentiment: 'sentimen' };

/** Indonesian: nouns do not change after a numeral ("3 dari 4 sinyal"). */
const id: Catalog = {
  heading: 'Research Snapshot',
  subheading: 'Data saham terkini perusahaan yang disebut langsung dalam berita ini',
  footer: (provider) =>
    `Panel ini memakai data saham milik ${provider || 'penyedia data'} sendiri, terpisah dari laporan kantor berita yang ditautkan di atas.`,
  scoreName: 'Skor Alpha',
  scoreValueText: (score, label, f) => `${score} dari ${f.n(100)}, ${label}`,
  labels: { strong: 'Kuat', moderate: 'Moderat', weak: 'Lemah', poor: 'Buruk' },
  change: (percent, when, day) =>
    ({
      today: `${percent} hari ini`,
      close: `${percent} saat penutupan`,
      pre: `${percent} di pra-pasar`,
      post: `${percent} setelah jam bursa`,
      day: `${percent} pada ${day}`,
      unknown: percent,
    })[when],
  priceAt: (time) => `per ${time}`,
  explanation: (score, profile, signals, list, name) =>
    `${name} ${score} mencerminkan profil keseluruhan yang ${GRADE[profile]}` +
    (signals.length ? `, dengan ${list(signals.map(([name, grade]) => `${SIGNAL[name]} ${GRADE[grade]}`))}.` : '.'),
  movement: (delta, since, changes, list) =>
    (delta === undefined ? `Sejak ${since}` : delta.value === 0 ? `Tidak berubah sejak ${since}` : `${delta.text} sejak ${since}`) +
    (changes.length ? `: ${list(changes.map(([name, from, to]) => `${SIGNAL[name]} ${GRADE[from]} → ${GRADE[to]}`))}` : ''),
  trend: (name, from, to, since, direction) =>
    direction === 'flat'
      ? `${name} bertahan di ${to} sejak ${since}`
      : `${name} ${direction === 'up' ? 'naik' : 'turun'} dari ${from} menjadi ${to} sejak ${since}`,
  coverage: (count, cap, f) =>
    `Berdasarkan ${f.n(count)} dari ${f.n(4)} sinyal` +
    (cap === undefined ? '.' : ` — skor dibatasi maksimal ${cap} hingga sisa data masuk.`),
  moreLink: (ticker) => `Analisis lengkap ${ticker}`,
  more: 'Selengkapnya',
  less: 'Sembunyikan',
  loading: 'Memuat data saham…',
  invalidTicker: (ticker) => `“${ticker}” bukan kode saham yang valid.`,
  unavailableTicker: (ticker) => `Data ${ticker} sedang tidak tersedia.`,
  notFoundTicker: (ticker) => `Data ${ticker} tidak tersedia: kode saham tidak dikenal.`,
  unsupportedTicker: (ticker) => `Data ${ticker} tidak tersedia: tidak dicakup penyedia data ini.`,
  loadFailed: 'Data saham gagal dimuat.',
  retry: 'Coba lagi',
  stale: (time) => `Gagal memperbarui. Menampilkan data per ${time}.`,
  unavailable: 'Ringkasan tidak tersedia',
};

export default id;
