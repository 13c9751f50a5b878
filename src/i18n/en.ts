import { enUS } from 'date-fns/locale/en-US';
import type { LocaleData } from './types.js';

const plural = (count: number, one: string, other: string) => `${count} ${count === 1 ? one : other}`;

/** English: built in, the fallback for every other language. */
export const en: LocaleData = {
  code: 'en',
  dir: 'ltr',
  dateLocale: enUS,
  patterns: { year: 'y', month: 'MMMM y', day: 'MMMM d, y', bce: '{y} BCE' },
  messages: {
    loading: 'Loading the timeline…',
    timeline: 'Timeline',
    axis: 'Time axis',
    filterBy: 'Show events involving',
    showAll: 'All',
    source: 'Source',
    sources: 'Sources',
    sourceKinds: { report: 'Report', article: 'Article', book: 'Book', paper: 'Paper' },
    era: 'Era',
    noEvents: 'No events to show.',
    noEventsForFilter: 'No events involve the selected actors.',
    errorTitle: 'This timeline has a problem',
    invalidEntries: (n) => `${plural(n, 'entry was', 'entries were')} left out or shortened:`,
    moreErrors: (n) => `and ${n} more`,
    shown: (n) => `${plural(n, 'event', 'events')} shown.`,
    httpError: (status) => `The story could not be loaded: the server answered ${status}.`,
    networkError: 'The story could not be loaded: the network request failed.',
    corsError:
      'The story could not be loaded: its server does not send Access-Control-Allow-Origin, so other sites may not read it.',
    timeoutError: (s) => `The story could not be loaded: no answer after ${s} seconds.`,
    jsonError: 'The story could not be read: it is not valid JSON.',
    csvError: 'The story could not be read: the CSV is malformed.',
    axisSpan: (from, to) => `Time axis from ${from} to ${to}`,
    axisSpanAt: (from, to, at) => `Time axis from ${from} to ${to}, marked at ${at}`,
    other: 'Other',
  },
};
