import type { Catalog } from './catalog.js';
import type { Grade, SignalName } from '../data/types.js';

/** Grades as they read inside a sentence ("chất lượng tốt"); the labels are the same words, capitalised. */
const GRADE: Record<Grade, string> = { strong: 'tốt', moderate: 'trung bình', weak: 'yếu', poor: 'kém' };
const SIGNAL: Record<SignalName, string> = {
  momentum: 'động lượng',
  value: 'định giá',
  quality: 'chất lượng',
  sentiment: 'tâm lý',
};

const vi: Catalog = {
  heading: 'Research Snapshot',
  subheading: 'Diễn biến cổ phiếu của các doanh nghiệp nêu trong bài',
  footer: (provider) => `Dữ liệu cổ phiếu từ ${provider || 'nhà cung cấp dữ liệu'}, độc lập với nguồn tin gốc dẫn ở trên.`,
  scoreName: 'Điểm Alpha',
  scoreValueText: (score, label, f) => `${score} trên ${f.n(100)}, ${label}`,
  labels: { strong: 'Tốt', moderate: 'Trung bình', weak: 'Yếu', poor: 'Kém' },
  change: (percent, when, day) =>
    percent +
    { today: ' hôm nay', close: ' khi đóng cửa', pre: ' trước giờ mở cửa', post: ' ngoài giờ', day: ` phiên ${day}`, unknown: '' }[when],
  priceAt: (time) => `Tính đến ${time}`,
  explanation: (score, profile, signals, list, name) =>
    `${name} ${score} phản ánh đánh giá chung ở mức ${GRADE[profile]}` +
    (signals.length ? `, trong đó ${list(signals.map(([name, grade]) => `${SIGNAL[name]} ${GRADE[grade]}`))}.` : '.'),
  movement: (delta, since, changes, list) =>
    (delta === undefined ? `Kể từ ${since}` : delta.value === 0 ? `Không đổi kể từ ${since}` : `${delta.text} điểm kể từ ${since}`) +
    (changes.length ? `: ${list(changes.map(([name, from, to]) => `${SIGNAL[name]} ${GRADE[from]} → ${GRADE[to]}`))}` : ''),
  trend: (name, from, to, since, direction) =>
    `${name} ${direction === 'flat' ? 'đi ngang ở mức' : direction === 'up' ? `tăng từ ${from} lên` : `giảm từ ${from} xuống`} ${to} kể từ ${since}`,
  coverage: (count, cap, f) =>
    `Dựa trên ${f.n(count)}/${f.n(4)} tín hiệu` + (cap === undefined ? '.' : ` — điểm tạm giới hạn ở mức ${cap} đến khi đủ dữ liệu.`),
  moreLink: (ticker) => `Phân tích chi tiết mã ${ticker}`,
  more: 'Xem thêm',
  less: 'Thu gọn',
  loading: 'Đang tải dữ liệu cổ phiếu…',
  invalidTicker: (ticker) => `Mã cổ phiếu “${ticker}” không hợp lệ.`,
  unavailableTicker: (ticker) => `Hiện chưa có dữ liệu của mã ${ticker}.`,
  notFoundTicker: (ticker) => `Không có dữ liệu: mã ${ticker} không tồn tại.`,
  unsupportedTicker: (ticker) => `Không có dữ liệu: nhà cung cấp chưa theo dõi mã ${ticker}.`,
  loadFailed: 'Không tải được dữ liệu cổ phiếu.',
  retry: 'Thử lại',
  stale: (time) => `Không cập nhật được. Đang hiển thị dữ liệu lúc ${time}.`,
  unavailable: 'Không có dữ liệu',
};

export default vi;
