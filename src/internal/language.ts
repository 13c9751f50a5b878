/**
 * A component's language: its `locale`, else the closest `lang` attribute, else its story's
 * language. English until that language's chunk has loaded. The timeline and the scrolly take
 * their words, dates, story text and direction from here.
 */
import { Task } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { formatRange, formatStoryDate, type FormatOptions, type StoryDate } from '../core/dates.js';
import { pickText } from '../core/text.js';
import type { Text } from '../core/types.js';
import { en, loadedLocale, loadLocale, type LocaleData, type Messages } from '../i18n/index.js';
import { rememberLast } from './memo.js';

export interface LanguageHost extends ReactiveControllerHost, HTMLElement {
  /** BCP 47; empty to follow the page. */
  locale: string;
  /** Words that replace the language's own. */
  messages: Partial<Messages>;
}

export class Language implements ReactiveController {
  readonly #host: LanguageHost;
  readonly #storyLanguage: () => string | undefined;
  readonly #task: Task<[string], LocaleData>;
  #pageDir: 'ltr' | 'rtl' | '' = '';
  /** The closest `lang` attribute, read when connected and before each update (never on the server). */
  #pageLang = '';

  constructor(host: LanguageHost, storyLanguage: () => string | undefined) {
    this.#host = host;
    host.addController(this);
    this.#storyLanguage = storyLanguage;
    this.#task = new Task(host, {
      args: () => [this.#tag()],
      task: ([tag]) => loadLocale(tag).catch(() => en),
    });
  }

  /** Connected: the page's language is known before the first update asks for it. */
  hostConnected(): void {
    this.#readPage();
  }

  #tag(): string {
    return this.#host.locale || this.#pageLang || this.#storyLanguage() || 'en';
  }

  #loaded = rememberLast((tag: string) => loadedLocale(tag));

  /**
   * False until the language is there: dates and words would flash in English before. A language
   * already loaded (English always) is there at the first update, so the first render is the story.
   */
  get ready(): boolean {
    return this.#loaded(this.#tag()) !== undefined || this.#task.value !== undefined;
  }

  /** The language's data; English until another has loaded. */
  get data(): LocaleData {
    return this.#loaded(this.#tag()) ?? this.#task.value ?? en;
  }

  get code(): string {
    return this.data.code;
  }

  #words?: { data: LocaleData; messages: Partial<Messages>; words: Messages };

  /** The component's words: the language's, with the page's replacements (merged once per change). */
  get words(): Messages {
    const { data } = this;
    const { messages } = this.#host;
    if (this.#words?.data !== data || this.#words.messages !== messages) {
      this.#words = { data, messages, words: { ...data.messages, ...messages } };
    }
    return this.#words.words;
  }

  /** Story text in the reader's language (see `pickText`). */
  text(text: Text | undefined): string {
    return text === undefined ? '' : pickText(text, this.code, this.#storyLanguage());
  }

  get dateOptions(): Required<FormatOptions> {
    return { locale: this.data.dateLocale, patterns: this.data.patterns };
  }

  #dates = { data: en, texts: new WeakMap<StoryDate, string>() };

  /**
   * A date at its precision, or an event's span: "July 2023", "2021–2025". A date is formatted once
   * per language: the marker and the live region ask for one on every move of the reader.
   */
  date(start: StoryDate, end?: StoryDate): string {
    if (end) return formatRange(start, end, this.dateOptions);
    if (this.#dates.data !== this.data) this.#dates = { data: this.data, texts: new WeakMap() };
    let text = this.#dates.texts.get(start);
    if (text === undefined) {
      text = formatStoryDate(start, this.dateOptions);
      this.#dates.texts.set(start, text);
    }
    return text;
  }

  /**
   * A date with its month's name shortened, for tick labels and the marker's flag: the language's
   * `shortMonth`, else its month pattern with "MMM" for "MMMM" ("Jul 2023", "Dez. 2022",
   * "abr 2023", "2022년 12월"); or `month` alone (e.g. "MMM").
   */
  short(
    date: StoryDate,
    month = this.data.shortMonth ?? this.data.patterns.month.replace(/MMMM|LLLL/, (name) => name.slice(1)),
  ): string {
    const { locale, patterns } = this.dateOptions;
    return formatStoryDate(date, { locale, patterns: { ...patterns, month } });
  }

  hostUpdate(): void {
    this.#readPage();
  }

  /** Reads the page's `lang` and `dir` (when connected and before each render), so that rendering reads no DOM. */
  #readPage(): void {
    this.#pageLang = this.#host.closest('[lang]')?.getAttribute('lang') ?? '';
    const explicit = this.#host.closest('[dir]')?.getAttribute('dir');
    this.#pageDir = explicit === 'rtl' || explicit === 'ltr' ? explicit : '';
  }

  /** The direction to lay out in: the page's, or the language's (`LocaleData.dir`) when the page says nothing. */
  get dir(): 'ltr' | 'rtl' {
    return this.#pageDir || this.data.dir;
  }
}
