/**
 * Calendar dates at a precision: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, with negative years for BCE
 * (`-0044-03-15` is 15 March 44 BCE; there is no year 0). A story date is never an instant:
 * nothing here goes through UTC, so `2023-11` is November 2023 in every timezone.
 */
import { format, getDaysInMonth, type Locale } from 'date-fns';
import { enUS } from 'date-fns/locale/en-US';

export type Precision = 'year' | 'month' | 'day';

export interface StoryDate {
  /** Historical year: 2023, or -44 for 44 BCE. Never 0. */
  readonly year: number;
  /** 1–12, present at month and day precision. */
  readonly month?: number;
  /** 1–31, present at day precision. */
  readonly day?: number;
  readonly precision: Precision;
  /** The string the date was parsed from, normalised (`-0044-03-15`). */
  readonly iso: string;
}

export type DateResult = { ok: true; date: StoryDate } | { ok: false; reason: string };

const DATE_PATTERN = /^(-?)(\d{4,})(?:-(\d{2})(?:-(\d{2}))?)?$/;
const PRECISION_RANK: Record<Precision, number> = { year: 0, month: 1, day: 2 };

/**
 * A local `Date` at midnight on the given day, built with `setFullYear` so that years 0–99
 * are not read as 1900–1999. Only ever formatted or counted in local time, never in UTC.
 */
export function toLocalDate(date: StoryDate): Date {
  const local = new Date(2000, 0, 1);
  local.setFullYear(astronomicalYear(date.year), (date.month ?? 1) - 1, date.day ?? 1);
  return local;
}

/** Year numbering with a year 0: 1 BCE is 0, 44 BCE is -43. The one date-fns and `Date` use. */
export function astronomicalYear(year: number): number {
  return year < 0 ? year + 1 : year;
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (negative years for BCE), saying why it is not a date. */
export function parseStoryDate(input: unknown): DateResult {
  if (typeof input !== 'string') {
    return { ok: false, reason: `${describe(input)} is not a date: use "YYYY", "YYYY-MM" or "YYYY-MM-DD"` };
  }
  const match = DATE_PATTERN.exec(input.trim());
  if (!match) {
    return { ok: false, reason: `"${input}" is not a date: use "YYYY", "YYYY-MM" or "YYYY-MM-DD"` };
  }
  // Read by index: destructuring goes through an iterator, and this runs once a date.
  const monthDigits = match[3];
  const dayDigits = match[4];
  const year = Number(match[2]) * (match[1] ? -1 : 1);
  if (year === 0) {
    return { ok: false, reason: `"${input}" is not a date (there is no year 0: 1 BCE is "-0001")` };
  }
  if (monthDigits === undefined) return { ok: true, date: make(year) };
  const month = Number(monthDigits);
  if (month < 1 || month > 12) {
    return { ok: false, reason: `"${input}" is not a date (month ${month})` };
  }
  if (dayDigits === undefined) return { ok: true, date: make(year, month) };
  const day = Number(dayDigits);
  const { days } = monthOf(year, month);
  if (day < 1 || day > days) {
    const monthName = formatStoryDate(make(year, month));
    return { ok: false, reason: `"${input}" is not a date (${monthName} has ${days} days)` };
  }
  return { ok: true, date: make(year, month, day) };
}

/** Builds a date from its parts; the precision follows from which parts are given. */
export function makeDate(year: number, month?: number, day?: number): StoryDate {
  return make(year, month, day);
}

function make(year: number, month?: number, day?: number): StoryDate {
  const sign = year < 0 ? '-' : '';
  let iso = sign + String(Math.abs(year)).padStart(4, '0');
  if (month === undefined) return { year, precision: 'year', iso };
  iso += '-' + pad(month);
  if (day === undefined) return { year, month, precision: 'month', iso };
  return { year, month, day, precision: 'day', iso: iso + '-' + pad(day) };
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : (JSON.stringify(value) ?? typeof value);
}

/** Orders by start of the period, then coarser precision first ("2023" before "2023-01-01"). */
export function compareDates(a: StoryDate, b: StoryDate): number {
  return (
    a.year - b.year ||
    (a.month ?? 0) - (b.month ?? 0) ||
    (a.day ?? 0) - (b.day ?? 0) ||
    PRECISION_RANK[a.precision] - PRECISION_RANK[b.precision]
  );
}

/**
 * Where a month starts in its year and how long it and its year are, in days: date-fns counts
 * the days of the twelve months once per year a story names, not once per date.
 */
interface MonthFacts {
  before: number;
  days: number;
  yearDays: number;
}

const monthsOfYear = new Map<number, MonthFacts[]>();

function monthOf(year: number, month: number): MonthFacts {
  let months = monthsOfYear.get(year);
  if (!months) {
    const lengths = Array.from({ length: 12 }, (_, i) => getDaysInMonth(toLocalDate(make(year, i + 1))));
    const yearDays = lengths.reduce((sum, days) => sum + days, 0);
    let before = 0;
    months = lengths.map((days) => ({ before: (before += days) - days, days, yearDays }));
    monthsOfYear.set(year, months);
  }
  return months[month - 1] as MonthFacts;
}

/**
 * The date's start as a fractional astronomical year (2023-07-01 ≈ 2023.5): the coordinate
 * the time scale works in. Leap years and month lengths come from date-fns.
 */
export function toYearValue(date: StoryDate): number {
  const year = astronomicalYear(date.year);
  if (date.month === undefined) return year;
  const { before, yearDays } = monthOf(date.year, date.month);
  return year + (before + (date.day ?? 1) - 1) / yearDays;
}

/** The end of the period a date names, as a fractional year: "2023-07" ends where August begins. */
export function toYearValueEnd(date: StoryDate): number {
  const year = astronomicalYear(date.year);
  if (date.month === undefined) return year + 1;
  const { before, days, yearDays } = monthOf(date.year, date.month);
  return year + (before + (date.day ?? days)) / yearDays;
}

/** Per-locale patterns at each precision; the day pattern falls back to the locale's long date. */
export interface DatePatterns {
  year: string;
  month: string;
  day: string;
  /** Words for a BCE year, `{y}` standing for the number: "{y} BCE". */
  bce: string;
}

const EN_PATTERNS: DatePatterns = { year: 'y', month: 'MMMM y', day: 'MMMM d, y', bce: '{y} BCE' };

export interface FormatOptions {
  locale?: Locale;
  patterns?: Partial<DatePatterns>;
}

/** Formats a date at its own precision: "2023", "July 2023", "December 22, 2023", "44 BCE". */
export function formatStoryDate(date: StoryDate, options: FormatOptions = {}): string {
  const locale = options.locale ?? enUS;
  const patterns = { ...EN_PATTERNS, ...options.patterns };
  const local = toLocalDate(date);
  if (date.year > 0) return format(local, patterns[date.precision], { locale });
  // date-fns counts years from 0; a BCE year goes into the pattern as quoted text in the locale's words.
  const year = patterns.bce.replace('{y}', String(-date.year));
  return format(local, patterns[date.precision].replace(/y+/, `'${year.replace(/'/g, "''")}'`), { locale });
}

/**
 * Formats a span: "2021–2025", "July–September 2023", "1910–1945", "49–44 BCE". Parts the two
 * ends share are said once when both are at the same precision in the same era.
 */
export function formatRange(start: StoryDate, end: StoryDate, options: FormatOptions = {}): string {
  const sameEra = start.year > 0 === end.year > 0;
  if (sameEra && start.precision === 'year' && end.precision === 'year') {
    const [from, to] = [Math.abs(start.year), Math.abs(end.year)];
    return formatStoryDate(end, options).replace(String(to), `${from}–${to}`);
  }
  const locale = options.locale ?? enUS;
  const monthsOfOneYear =
    start.year > 0 && start.year === end.year && start.precision === 'month' && end.precision === 'month';
  // In English the year both ends share is said once, unless a page gave its own month pattern.
  const englishMonths = (options.patterns?.month ?? EN_PATTERNS.month) === EN_PATTERNS.month;
  if (monthsOfOneYear && englishMonths && locale.code?.startsWith('en')) {
    return `${format(toLocalDate(start), 'MMMM', { locale })}–${formatStoryDate(end, options)}`;
  }
  return `${formatStoryDate(start, options)} – ${formatStoryDate(end, options)}`;
}
