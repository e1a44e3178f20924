import type { Catalog } from './catalog.js';
import type { Grade, SignalName } from '../data/types.js';

/** Grades, also before a noun: 강함 → 강한, 부진 → 부진한 ("보통 수준"). */
const GRADE: Record<Grade, string> = { strong: '강함', moderate: '보통', weak: '약함', poor: '부진' };
const SIGNAL: Record<SignalName, string> = { momentum: '모멘텀', value: '밸류', quality: '퀄리티', sentiment: '투자심리' };

const ko: Catalog = {
  heading: 'Research Snapshot',
  subheading: '이 기사에서 직접 언급된 기업의 실시간 주가 정보',
  footer: (provider) =>
    `이 패널의 주식 데이터는 ${provider || '데이터 제공업체'} 자체 데이터로, 위에 링크된 통신사 원문 기사와는 별개입니다.`,
  scoreName: '알파 스코어',
  scoreValueText: (score, label, f) => `${f.n(100)}점 만점에 ${score}점, ${label}`,
  labels: GRADE,
  change: (percent, when, day) =>
    ({
      today: `오늘 ${percent}`,
      close: `종가 기준 ${percent}`,
      pre: `개장 전 ${percent}`,
      post: `시간외 ${percent}`,
      day: `${day} ${percent}`,
      unknown: percent,
    })[when],
  priceAt: (time) => `${time} 기준`,
  explanation: (score, profile, signals, _list, name) =>
    `${name} ${score}점은 전반적으로 ${GRADE[profile].replace('함', '한')}${profile === 'poor' ? '한' : ''} 수준${signals.length ? `(${signals.map(([name, grade]) => `${SIGNAL[name]} ${GRADE[grade]}`).join(', ')})` : ''}입니다.`,
  movement: (delta, since, changes) =>
    (delta === undefined ? `${since} 이후` : `${since} 대비 ${delta.value === 0 ? '변동 없음' : delta.text}`) +
    (changes.length ? `: ${changes.map(([name, from, to]) => `${SIGNAL[name]} ${GRADE[from]} → ${GRADE[to]}`).join(', ')}` : ''),
  trend: (name, from, to, since, direction) =>
    direction === 'flat'
      ? `${since} 이후 ${name} ${to}점 유지`
      : `${since} 이후 ${name} ${from}점에서 ${to}점으로 ${direction === 'up' ? '상승' : '하락'}`,
  coverage: (count, cap, f) =>
    `${f.n(4)}개 지표 중 ${f.n(count)}개를 반영한 점수입니다.` +
    (cap === undefined ? '' : ` 나머지 데이터가 반영될 때까지 최대 ${cap}점으로 제한됩니다.`),
  moreLink: (ticker) => `${ticker} 상세 분석 보기`,
  more: '더 보기',
  less: '접기',
  loading: '주식 데이터를 불러오는 중…',
  invalidTicker: (ticker) => `잘못된 종목 코드입니다: ${ticker}`,
  unavailableTicker: (ticker) => `현재 ${ticker} 데이터를 불러올 수 없습니다.`,
  notFoundTicker: (ticker) => `${ticker}: 존재하지 않는 종목 코드입니다.`,
  unsupportedTicker: (ticker) => `${ticker}: 이 데이터 제공업체가 다루지 않는 종목입니다.`,
  loadFailed: '주식 데이터를 불러오지 못했습니다.',
  retry: '재시도',
  stale: (time) => `업데이트하지 못했습니다. ${time} 기준 데이터입니다.`,
  unavailable: '스냅샷을 불러올 수 없습니다',
};

export default ko;
