import type { Catalog } from './catalog.js';
import type { Grade, SignalName } from '../data/types.js';

const GRADE: Record<Grade, string> = { strong: '强', moderate: '中等', weak: '弱', poor: '差' };
const PROFILE: Record<Grade, string> = { strong: '强劲', moderate: '中等', weak: '偏弱', poor: '较差' };
const SIGNAL: Record<SignalName, string> = { momentum: '动量', value: '估值', quality: '质量', sentiment: '情绪' };

const zhCN: Catalog = {
  heading: 'Research Snapshot',
  subheading: '本文提及公司的实时股票信息',
  footer: (provider) => `本栏目使用${provider || '数据提供商'}自有的股票数据，与上方链接的通讯社稿件相互独立。`,
  scoreName: 'Alpha 评分',
  scoreValueText: (score, label, f) => `${score}分（满分${f.n(100)}），${label}`,
  labels: { strong: '强', moderate: '中等', weak: '弱', poor: '差' },
  change: (percent, when, day) =>
    ({
      today: `今日 ${percent}`,
      close: `收盘 ${percent}`,
      pre: `盘前 ${percent}`,
      post: `盘后 ${percent}`,
      day: `${day} ${percent}`,
      unknown: percent,
    })[when],
  priceAt: (time) => `截至 ${time}`,
  explanation: (score, profile, signals, _list, name) =>
    `${name}为${score}，整体表现${PROFILE[profile]}` +
    (signals.length ? `，其中${signals.map(([name, grade]) => `${SIGNAL[name]}${GRADE[grade]}`).join('、')}。` : '。'),
  movement: (delta, since, changes) =>
    (delta === undefined ? `自${since}以来` : delta.value === 0 ? `自${since}以来持平` : `较${since} ${delta.text}`) +
    (changes.length ? `：${changes.map(([name, from, to]) => `${SIGNAL[name]}${GRADE[from]}→${GRADE[to]}`).join('、')}` : ''),
  trend: (name, from, to, since, direction) =>
    direction === 'flat'
      ? `自${since}以来，${name}保持在${to}`
      : `自${since}以来，${name}从${from}${direction === 'up' ? '升' : '降'}至${to}`,
  coverage: (count, cap, f) =>
    `基于${f.n(4)}项信号中的${f.n(count)}项` + (cap === undefined ? '。' : `——在其余数据到位之前，评分上限为${cap}。`),
  moreLink: (ticker) => `查看${ticker}完整研究`,
  more: '展开',
  less: '收起',
  loading: '正在加载股票数据…',
  invalidTicker: (ticker) => `“${ticker}”不是有效的股票代码。`,
  unavailableTicker: (ticker) => `暂时无法获取${ticker}的数据。`,
  notFoundTicker: (ticker) => `无法获取${ticker}的数据：未知的股票代码。`,
  unsupportedTicker: (ticker) => `无法获取${ticker}的数据：该数据提供商未覆盖此股票。`,
  loadFailed: '无法加载股票数据。',
  retry: '重试',
  stale: (time) => `刷新失败，当前显示的是${time}的数据。`,
  unavailable: '快照暂不可用',
};

export default zhCN;
