import { es } from 'date-fns/locale/es';
import type { LocaleData } from '../types.js';

const data: LocaleData = {
  code: 'es',
  dir: 'ltr',
  dateLocale: es,
  patterns: { year: 'y', month: "MMMM 'de' y", day: "d 'de' MMMM 'de' y", bce: '{y} a. C.' },
  shortMonth: 'MMM y',
  messages: {
    loading: 'Cargando la cronología…',
    timeline: 'Cronología',
    axis: 'Eje temporal',
    filterBy: 'Mostrar hechos de',
    showAll: 'Todos',
    source: 'Fuente',
    sources: 'Fuentes',
    sourceKinds: { report: 'Informe', article: 'Artículo', book: 'Libro', paper: 'Estudio' },
    era: 'Época',
    noEvents: 'No hay hechos que mostrar.',
    noEventsForFilter: 'Ningún hecho implica a los actores elegidos.',
    errorTitle: 'Esta cronología tiene un problema',
    invalidEntries: (n) =>
      `${n} ${n === 1 ? 'entrada se omitió o recortó' : 'entradas se omitieron o recortaron'}:`,
    moreErrors: (n) => `y ${n} más`,
    shown: (n) => `${n} ${n === 1 ? 'hecho mostrado' : 'hechos mostrados'}.`,
    httpError: (status) => `No se pudo cargar la historia: el servidor respondió ${status}.`,
    networkError: 'No se pudo cargar la historia: falló la solicitud de red.',
    corsError:
      'No se pudo cargar la historia: su servidor no permite que otros sitios la lean. Debe enviar la cabecera Access-Control-Allow-Origin.',
    timeoutError: (s) => `No se pudo cargar la historia: sin respuesta tras ${s} segundos.`,
    jsonError: 'No se pudo leer la historia: no es JSON válido.',
    csvError: 'No se pudo leer la historia: el CSV está mal formado.',
    axisSpan: (from, to) => `Eje temporal de ${from} a ${to}`,
    axisSpanAt: (from, to, at) => `Eje temporal de ${from} a ${to}, marcado en ${at}`,
    other: 'Otros',
  },
};

export default data;
