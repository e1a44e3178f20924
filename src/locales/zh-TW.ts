import type { Catalog } from './catalog.js';
import type { Grade, SignalName } from '../data/types.js';

/** One scale for labels, the overall profile and the signals: 強勁 > 中等 > 偏弱 > 疲弱. */
const GRADE: Record<Grade, string> = { strong: '強勁', moderate: '中等', weak: '偏弱', poor: '疲弱' };
/** Taiwan's factor names (動能、價值、品質因子) and 市場情緒. */
const SIGNAL: Record<SignalName, string> = { momentum: '動能', value: '價值', quality: '品質', sentiment: '市場情緒' };

const zhTW: Catalog = {
  heading: 'Research Snapshot',
  subheading: '本文提及公司的即時股票資訊',
  footer: (provider) => `本區塊採用${provider || '資料供應商'}自有的股票資料，獨立於上方連結的通訊社報導。`,
  scoreName: 'Alpha 評分',
  scoreValueText: (score, label, f) => `${score}分（滿分${f.n(100)}），${label}`,
  labels: GRADE,
  change: (percent, when, day) =>
    ({
      today: `今日 ${percent}`,
      close: `收盤 ${percent}`,
      pre: `盤前 ${percent}`,
      post: `盤後 ${percent}`,
      day: `${day} ${percent}`,
      unknown: percent,
    })[when],
  priceAt: (time) => `截至 ${time}`,
  explanation: (score, profile, signals, _list, name) =>
    `${name}為${score}，整體表現${GRADE[profile]}` +
    (signals.length ? `（${signals.map(([name, grade]) => `${SIGNAL[name]}：${GRADE[grade]}`).join('、')}）。` : '。'),
  movement: (delta, since, changes) =>
    (delta === undefined ? `自${since}以來` : delta.value === 0 ? `與${since}持平` : `較${since} ${delta.text}`) +
    (changes.length ? `：${changes.map(([name, from, to]) => `${SIGNAL[name]}${GRADE[from]}→${GRADE[to]}`).join('、')}` : ''),
  trend: (name, from, to, since, direction) =>
    direction === 'flat' ? `${name}自${since}以來維持在${to}` : `${name}自${since}以來由${from}${direction === 'up' ? '升' : '降'}至${to}`,
  coverage: (count, cap, f) =>
    `根據${f.n(4)}項訊號中的${f.n(count)}項計算` + (cap === undefined ? '。' : `——其餘資料到齊前，評分上限為${cap}。`),
  moreLink: (ticker) => `查看${ticker}完整研究報告`,
  more: '展開',
  less: '收合',
  loading: '股票資料載入中…',
  invalidTicker: (ticker) => `「${ticker}」不是有效的股票代號。`,
  unavailableTicker: (ticker) => `目前無法取得${ticker}的資料。`,
  notFoundTicker: (ticker) => `無法取得${ticker}的資料：查無此股票代號。`,
  unsupportedTicker: (ticker) => `無法取得${ticker}的資料：本資料供應商未涵蓋此檔股票。`,
  loadFailed: '無法載入股票資料。',
  retry: '重試',
  stale: (time) => `無法更新，目前顯示的是${time}的資料。`,
  unavailable: '快照暫時無法使用',
};

export default zhTW;
