import type { Locale } from 'date-fns';
import type { DatePatterns } from '../core/dates.js';
import type { SourceKind } from '../core/types.js';

/** The component's own words. Functions take a count, so each language can say its plurals. */
export interface Messages {
  loading: string;
  timeline: string;
  axis: string;
  filterBy: string;
  showAll: string;
  source: string;
  sources: string;
  /** What a story's source is, naming it in short on a card: "Report: <section>". */
  sourceKinds: Record<SourceKind, string>;
  era: string;
  noEvents: string;
  noEventsForFilter: string;
  errorTitle: string;
  invalidEntries: (count: number) => string;
  moreErrors: (count: number) => string;
  shown: (count: number) => string;
  httpError: (status: number) => string;
  networkError: string;
  /** The story's server answered without `Access-Control-Allow-Origin`; the header's name stays in English. */
  corsError: string;
  timeoutError: (seconds: number) => string;
  jsonError: string;
  csvError: string;
  /** The scrolly's axis, read as one image: "Time axis from 1910 to 2024". */
  axisSpan: (from: string, to: string) => string;
  /** The same, with the date of the event shown. */
  axisSpanAt: (from: string, to: string, at: string) => string;
  /** The scrolly's lane for events that no lane claims. */
  other: string;
}

/** Everything a language needs: date-fns locale, date patterns, words and direction. */
export interface LocaleData {
  /** The code it answers to: `en`, `ko`, `zh-CN`… */
  code: string;
  dir: 'ltr' | 'rtl';
  dateLocale: Locale;
  patterns: DatePatterns;
  /**
   * A month with its name shortened, for tick labels and the axis' flag (CLDR's `yMMM`): "MMM y".
   * Without it, the month pattern with "MMM" for "MMMM".
   */
  shortMonth?: string;
  messages: Messages;
}
