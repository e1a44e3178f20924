import type { Catalog } from './catalog.js';
import type { Grade, SignalName } from '../data/types.js';

const MASCULINE: Record<Grade, string> = { strong: 'forte', moderate: 'moderado', weak: 'fraco', poor: 'ruim' };
const FEMININE: Record<Grade, string> = { strong: 'forte', moderate: 'moderada', weak: 'fraca', poor: 'ruim' };
const SIGNAL: Record<SignalName, [noun: string, forms: Record<Grade, string>]> = {
  momentum: ['momentum', MASCULINE],
  value: ['valuation', MASCULINE],
  quality: ['qualidade', FEMININE],
  sentiment: ['sentimento', MASCULINE],
};

const ptBR: Catalog = {
  heading: 'Research Snapshot',
  subheading: 'Dados de mercado em tempo real das empresas citadas nesta reportagem',
  footer: (provider) =>
    `Este painel usa dados de mercado próprios ${provider ? `de ${provider}` : 'do provedor'}, separados da nota de agência citada acima.`,
  scoreName: 'Alpha Score',
  scoreValueText: (score, label, f) => `${score} de ${f.n(100)}, ${label}`,
  labels: { strong: 'Forte', moderate: 'Moderado', weak: 'Fraco', poor: 'Ruim' },
  change: (percent, when, day) =>
    ({
      today: `${percent} hoje`,
      close: `${percent} no fechamento`,
      pre: `${percent} no pré-mercado`,
      post: `${percent} no after-market`,
      day: `${percent} em ${day}`,
      unknown: percent,
    })[when],
  priceAt: (time) => `atualizado em ${time}`,
  explanation: (score, profile, signals, list, name) =>
    `Um ${name} de ${score} reflete um perfil geral ${MASCULINE[profile]}` +
    (signals.length ? `, com ${list(signals.map(([name, grade]) => `${SIGNAL[name][0]} ${SIGNAL[name][1][grade]}`))}.` : '.'),
  movement: (delta, since, changes, list) =>
    (delta === undefined ? `Desde ${since}` : delta.value === 0 ? `Inalterado desde ${since}` : `${delta.text} desde ${since}`) +
    (changes.length
      ? `: ${list(changes.map(([name, from, to]) => `${SIGNAL[name][0]} ${SIGNAL[name][1][from]} → ${SIGNAL[name][1][to]}`))}`
      : ''),
  trend: (name, from, to, since, direction) =>
    direction === 'flat'
      ? `${name} estável em ${to} desde ${since}`
      : `${name} ${direction === 'up' ? 'subiu' : 'caiu'} de ${from} para ${to} desde ${since}`,
  coverage: (count, cap, f) =>
    `Com base em ${f.n(count)} de ${f.n(4)} sinais` +
    (cap === undefined ? '.' : ` — a pontuação fica limitada a ${cap} até a chegada dos dados restantes.`),
  moreLink: (ticker) => `Análise completa de ${ticker}`,
  more: 'Ver mais',
  less: 'Ver menos',
  loading: 'Carregando dados de mercado…',
  invalidTicker: (ticker) => `“${ticker}” não é um código de ação válido.`,
  unavailableTicker: (ticker) => `Os dados de ${ticker} estão indisponíveis no momento.`,
  notFoundTicker: (ticker) => `Os dados de ${ticker} estão indisponíveis: código desconhecido.`,
  unsupportedTicker: (ticker) => `Os dados de ${ticker} estão indisponíveis: ativo não coberto por este provedor.`,
  loadFailed: 'Não foi possível carregar os dados de mercado.',
  retry: 'Tentar novamente',
  stale: (time) => `Falha na atualização. Última atualização: ${time}.`,
  unavailable: 'Resumo indisponível',
};

export default ptBR;
