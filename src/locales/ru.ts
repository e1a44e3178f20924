import type { Catalog } from './catalog.js';
import type { Grade, SignalName } from '../data/types.js';

/** Adjective stems: every grade takes the same endings (сильный, умеренный, слабый, очень слабый). */
const STEM: Record<Grade, string> = { strong: 'сильн', moderate: 'умеренн', weak: 'слаб', poor: 'очень слаб' };
/** Each signal after the ending its adjective takes in the nominative: сильный моментум, сильная оценка, сильное качество, сильные настроения. */
const NOUN: Record<SignalName, string> = {
  momentum: 'ый моментум',
  value: 'ая оценка',
  quality: 'ое качество',
  sentiment: 'ые настроения',
};
/** «с 20 апр.», but «со 2 мая» (со второго) and «со 100» (со ста); a score of 2 keeps «с» (с двух). */
const from = (x: string) => (/^(2\s|100$)/.test(x) ? 'со ' : 'с ') + x;

const ru: Catalog = {
  heading: 'Research Snapshot',
  subheading: 'Биржевые данные по компаниям из материала',
  footer: (provider) => `Собственные данные ${provider || 'провайдера'}, не из агентской новости выше.`,
  scoreName: 'Alpha Score',
  scoreValueText: (score, label, f) => `${score} из ${f.n(100)}, ${label}`,
  labels: { strong: 'Сильный', moderate: 'Умеренный', weak: 'Слабый', poor: 'Очень слабый' },
  change: (percent, when, day) =>
    percent +
    { today: ' сегодня', close: ' на закрытии', pre: ' на премаркете', post: ' на постмаркете', day: ' за ' + day, unknown: '' }[when],
  priceAt: (time) => `по состоянию на ${time}`,
  explanation: (score, profile, signals, list, name) =>
    `${name} на уровне ${score} отражает ${STEM[profile]}ый общий профиль` +
    (signals.length ? `: ${list(signals.map(([name, grade]) => STEM[grade] + NOUN[name]))}` : '') +
    '.',
  movement: (delta, since, changes, list) =>
    (delta === undefined ? 'Изменения' : delta.value === 0 ? 'Без изменений' : delta.text) +
    ` ${from(since)}` +
    (changes.length ? `: ${list(changes.map(([name, a, b]) => `${STEM[a] + NOUN[name].split(' ')[0]} → ${STEM[b] + NOUN[name]}`))}` : ''),
  trend: (name, start, to, since, direction) =>
    `${name} ${from(since)}` +
    (direction === 'flat' ? `: без изменений на уровне ${to}` : `: ${direction === 'up' ? 'рост' : 'снижение'} ${from(start)} до ${to}`),
  coverage: (count, cap, f) =>
    `На основе ${f.n(count)} из ${f.n(4)} сигналов` + (cap ? ` — пока данных не хватает, показатель не выше ${cap}.` : '.'),
  moreLink: (ticker) => `Аналитика по ${ticker}`,
  more: 'Подробнее',
  less: 'Свернуть',
  loading: 'Загрузка данных…',
  invalidTicker: (ticker) => `«${ticker}» — неверный тикер.`,
  unavailableTicker: (ticker) => `Данные по ${ticker} сейчас недоступны.`,
  notFoundTicker: (ticker) => `Данные по ${ticker} недоступны: тикер не найден.`,
  unsupportedTicker: (ticker) => `Данные по ${ticker} недоступны: вне покрытия провайдера.`,
  loadFailed: 'Не удалось загрузить данные.',
  retry: 'Повторить',
  stale: (time) => `Не удалось обновить. Данные на ${time}.`,
  unavailable: 'Сводка недоступна',
};

export default ru;
