import type { Catalog } from './catalog.js';
import type { Grade, SignalName } from '../data/types.js';

const MASCULINE: Record<Grade, string> = { strong: 'fuerte', moderate: 'moderado', weak: 'débil', poor: 'deficiente' };
const FEMININE: Record<Grade, string> = { strong: 'fuerte', moderate: 'moderada', weak: 'débil', poor: 'deficiente' };
const SIGNAL: Record<SignalName, [noun: string, forms: Record<Grade, string>]> = {
  momentum: ['momentum', MASCULINE],
  value: ['valoración', FEMININE],
  quality: ['calidad', FEMININE],
  sentiment: ['sentimiento', MASCULINE],
};

const es: Catalog = {
  heading: 'Research Snapshot',
  subheading: 'Datos bursátiles en tiempo real de las empresas mencionadas en esta noticia',
  footer: (provider) =>
    `Este panel usa datos bursátiles propios ${provider ? `de ${provider}` : 'del proveedor'}, independientes de la nota de agencia enlazada arriba.`,
  scoreName: 'Alpha Score',
  scoreValueText: (score, label, f) => `${score} de ${f.n(100)}, ${label}`,
  labels: { strong: 'Fuerte', moderate: 'Moderado', weak: 'Débil', poor: 'Deficiente' },
  change: (percent, when, day) =>
    ({
      today: `${percent} hoy`,
      close: `${percent} al cierre`,
      pre: `${percent} en preapertura`,
      post: `${percent} tras el cierre`,
      day: `${percent} el ${day}`,
      unknown: percent,
    })[when],
  priceAt: (time) => `Actualizado: ${time}`,
  explanation: (score, profile, signals, list, name) =>
    `Un ${name} de ${score} refleja un perfil general ${MASCULINE[profile]}` +
    (signals.length ? `, con ${list(signals.map(([name, grade]) => `${SIGNAL[name][0]} ${SIGNAL[name][1][grade]}`))}.` : '.'),
  movement: (delta, since, changes, list) =>
    (delta === undefined ? `Desde el ${since}` : delta.value === 0 ? `Sin cambios desde el ${since}` : `${delta.text} desde el ${since}`) +
    (changes.length
      ? `: ${list(changes.map(([name, from, to]) => `${SIGNAL[name][0]} ${SIGNAL[name][1][from]} → ${SIGNAL[name][1][to]}`))}`
      : ''),
  trend: (name, from, to, since, direction) =>
    direction === 'flat'
      ? `${name} se mantiene en ${to} desde el ${since}`
      : `${name} ${direction === 'up' ? 'subió' : 'bajó'} de ${from} a ${to} desde el ${since}`,
  coverage: (count, cap, f) =>
    `Basado en ${f.n(count)} de ${f.n(4)} señales` +
    (cap === undefined ? '.' : `: la puntuación está limitada a ${cap} hasta que lleguen los datos restantes.`),
  moreLink: (ticker) => `Análisis completo de ${ticker}`,
  more: 'Ver más',
  less: 'Ver menos',
  loading: 'Cargando datos bursátiles…',
  invalidTicker: (ticker) => `«${ticker}» no es un símbolo bursátil válido.`,
  unavailableTicker: (ticker) => `Los datos de ${ticker} no están disponibles en este momento.`,
  notFoundTicker: (ticker) => `Los datos de ${ticker} no están disponibles: símbolo desconocido.`,
  unsupportedTicker: (ticker) => `Los datos de ${ticker} no están disponibles: este proveedor no lo cubre.`,
  loadFailed: 'No se pudieron cargar los datos bursátiles.',
  retry: 'Reintentar',
  stale: (time) => `No se pudo actualizar. Última actualización: ${time}.`,
  unavailable: 'Resumen no disponible',
};

export default es;
