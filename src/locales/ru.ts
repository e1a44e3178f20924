import type { Catalog } from './catalog.js';
import type { Grade, SignalName } from '../data/types.js';

const STEM: Record<Grade, string> = { strong: 'сильн', moderate: 'умеренн', weak: 'слаб', poor: 'плох' };
/** In this order, masculine, feminine, neuter, plural: the adjective's ending is picked by the noun's place. */
const NOUN: Record<SignalName, string> = { momentum: 'моментум', value: 'оценка', quality: 'качество', sentiment: 'настроения' };
/** The adjective agreeing with the noun in the nominative: сильный моментум, сильная оценка, сильное качество, сильные настроения. */
const adj = (grade: Grade, name: SignalName | 0) =>
  STEM[grade] + (grade === 'poor' ? 'ойаяоеие' : 'ыйаяоеые').substr(Object.keys(NOUN).indexOf(name || 'momentum') * 2, 2);
/** «с 20 апр.», but «со 2 мая» (со второго) and «со 100» (со ста). */
const from = (x: string) => (/^(2\s|100$)/.test(x) ? 'со ' : 'с ') + x;

const ru: Catalog = {
  heading: 'Research Snapshot',
  subheading: 'Биржевые данные по компаниям из материала',
  footer: (provider) => `Собственные биржевые данные ${provider || 'провайдера'}, не связанные с агентской новостью по ссылке выше.`,
  scoreName: 'Alpha Score',
  scoreValueText: (score, label, f) => `${score} из ${f.n(100)}, ${label}`,
  labels: { strong: 'Сильный', moderate: 'Умеренный', weak: 'Слабый', poor: 'Плохой' },
  change: (percent, when, day) =>
    ({
      today: `${percent} сегодня`,
      close: `${percent} на закрытии`,
      pre: `${percent} на премаркете`,
      post: `${percent} на постмаркете`,
      day: `${percent} за ${day}`,
      unknown: percent,
    })[when],
  priceAt: (time) => `по состоянию на ${time}`,
  explanation: (score, profile, signals, list, name) =>
    `${name} на уровне ${score} отражает ${adj(profile, 0)} общий профиль` +
    (signals.length ? `: ${list(signals.map(([name, grade]) => `${adj(grade, name)} ${NOUN[name]}`))}.` : '.'),
  movement: (delta, since, changes, list) =>
    (delta === undefined ? 'Изменения ' : delta.value === 0 ? 'Без изменений ' : `${delta.text} `) +
    from(since) +
    (changes.length ? `: ${list(changes.map(([name, a, b]) => `${NOUN[name]} ${adj(a, name)} → ${adj(b, name)}`))}` : ''),
  trend: (name, start, to, since, direction) =>
    `${name} ${from(since)} ` +
    (direction === 'flat' ? `держится на уровне ${to}` : `${direction === 'up' ? 'вырос' : 'снизился'} ${from(start)} до ${to}`),
  coverage: (count, cap, f) =>
    `На основе ${f.n(count)} ${/few|many/.test(f.plural(count)) ? 'сигналов' : 'сигнала'} из ${f.n(4)}` +
    (cap === undefined ? '.' : ` — до поступления остальных данных показатель не выше ${cap}.`),
  moreLink: (ticker) => `Аналитика по ${ticker}`,
  more: 'Подробнее',
  less: 'Свернуть',
  loading: 'Загрузка данных…',
  invalidTicker: (ticker) => `«${ticker}» — некорректный тикер.`,
  unavailableTicker: (ticker) => `Данные по ${ticker} сейчас недоступны.`,
  notFoundTicker: (ticker) => `Данные по ${ticker} недоступны: тикер не найден.`,
  unsupportedTicker: (ticker) => `Данные по ${ticker} недоступны: бумага вне покрытия провайдера.`,
  loadFailed: 'Не удалось загрузить данные.',
  retry: 'Повторить',
  stale: (time) => `Не удалось обновить. Данные на ${time}.`,
  unavailable: 'Сводка недоступна',
};

export default ru;
