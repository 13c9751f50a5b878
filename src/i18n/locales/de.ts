import { de } from 'date-fns/locale/de';
import type { LocaleData } from '../types.js';

const data: LocaleData = {
  code: 'de',
  dir: 'ltr',
  dateLocale: de,
  patterns: { year: 'y', month: 'MMMM y', day: 'd. MMMM y', bce: '{y} v. Chr.' },
  messages: {
    loading: 'Zeitleiste wird geladen…',
    timeline: 'Zeitleiste',
    axis: 'Zeitachse',
    filterBy: 'Ereignisse zeigen mit',
    showAll: 'Alle',
    source: 'Quelle',
    sources: 'Quellen',
    sourceKinds: { report: 'Bericht', article: 'Artikel', book: 'Buch', paper: 'Studie' },
    era: 'Epoche',
    noEvents: 'Keine Ereignisse.',
    noEventsForFilter: 'Keine Ereignisse mit den gewählten Akteuren.',
    errorTitle: 'Diese Zeitleiste hat ein Problem',
    invalidEntries: (n) => `${n} ${n === 1 ? 'Eintrag wurde' : 'Einträge wurden'} ausgelassen oder gekürzt:`,
    moreErrors: (n) => `und ${n} weitere`,
    shown: (n) => `${n} ${n === 1 ? 'Ereignis' : 'Ereignisse'} angezeigt.`,
    httpError: (status) => `Die Geschichte konnte nicht geladen werden: Der Server antwortete ${status}.`,
    networkError: 'Die Geschichte konnte nicht geladen werden: Die Netzwerkanfrage ist fehlgeschlagen.',
    corsError:
      'Die Geschichte konnte nicht geladen werden: Ihr Server erlaubt anderen Websites nicht, sie zu lesen. Er muss den Header Access-Control-Allow-Origin senden.',
    timeoutError: (s) => `Die Geschichte konnte nicht geladen werden: keine Antwort nach ${s} Sekunden.`,
    jsonError: 'Die Geschichte konnte nicht gelesen werden: kein gültiges JSON.',
    csvError: 'Die Geschichte konnte nicht gelesen werden: fehlerhaftes CSV.',
    axisSpan: (from, to) => `Zeitachse von ${from} bis ${to}`,
    axisSpanAt: (from, to, at) => `Zeitachse von ${from} bis ${to}, markiert bei ${at}`,
    other: 'Sonstige',
  },
};

export default data;
