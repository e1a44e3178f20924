import type { Catalog } from './catalog.js';
import type { Grade, SignalName } from '../data/types.js';

const GRADE: Record<Grade, string> = { strong: '強い', moderate: '中程度', weak: '弱い', poor: '低い' };
const PROFILE: Record<Grade, string> = { strong: '高い', moderate: '中程度である', weak: 'やや低い', poor: '低い' };
const SIGNAL: Record<SignalName, string> = { momentum: 'モメンタム', value: 'バリュー', quality: 'クオリティ', sentiment: 'センチメント' };

const said = (name: SignalName, grade: Grade) => `${SIGNAL[name]}：${GRADE[grade]}`;

const ja: Catalog = {
  heading: 'Research Snapshot',
  subheading: 'この記事で取り上げた企業のリアルタイム株価情報',
  footer: (provider) => `${provider || 'データ提供元'}独自の株価データです（上記の配信記事とは別のデータです）。`,
  scoreName: 'アルファスコア',
  scoreValueText: (score, label, f) => `${f.n(100)}点中${score}点、${label}`,
  labels: { strong: '強い', moderate: '中程度', weak: '弱い', poor: '低調' },
  change: (percent, when, day) =>
    ({
      today: `本日 ${percent}`,
      close: `終値 ${percent}`,
      pre: `取引開始前 ${percent}`,
      post: `時間外 ${percent}`,
      day: `${day} ${percent}`,
      unknown: percent,
    })[when],
  priceAt: (time) => `${time} 時点`,
  explanation: (score, profile, signals, _list, name) =>
    `${name}${score}は、総合評価が${PROFILE[profile]}ことを示しています` +
    (signals.length ? `（${signals.map(([name, grade]) => said(name, grade)).join('、')}）。` : '。'),
  movement: (delta, since, changes) =>
    (delta === undefined ? `${since}以降` : delta.value === 0 ? `${since}から変わらず` : `${since}比 ${delta.text}`) +
    (changes.length ? `（${changes.map(([name, from, to]) => `${said(name, from)}→${GRADE[to]}`).join('、')}）` : ''),
  trend: (name, from, to, since, direction) =>
    `${name}は${since}以降、` + (direction === 'flat' ? `${to}で横ばい` : `${from}から${to}に${direction === 'up' ? '上昇' : '低下'}`),
  coverage: (count, cap, f) =>
    `シグナル${f.n(4)}件中${f.n(count)}件に基づく評価です。` +
    (cap === undefined ? '' : `残りのデータがそろうまで、スコアの上限は${cap}です。`),
  moreLink: (ticker) => `${ticker}の詳しい分析`,
  more: '続きを読む',
  less: '閉じる',
  loading: '株価データを読み込み中…',
  invalidTicker: (ticker) => `「${ticker}」は無効なティッカーです。`,
  unavailableTicker: (ticker) => `${ticker}のデータは現在ありません。`,
  notFoundTicker: (ticker) => `${ticker}：該当する銘柄がありません。`,
  unsupportedTicker: (ticker) => `${ticker}：この提供元の対象外の銘柄です。`,
  loadFailed: '株価データを読み込めませんでした。',
  retry: '再試行',
  stale: (time) => `更新できませんでした。${time}時点のデータです。`,
  unavailable: 'スナップショットを表示できません',
};

export default ja;
