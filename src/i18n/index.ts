/**
 * Languages: English is built in; every other one (its date-fns locale, date patterns and words)
 * is its own chunk, loaded the first time a timeline asks for it.
 */
import { en } from './en.js';
import type { LocaleData } from './types.js';

export { en };
export type { LocaleData, Messages } from './types.js';

type Loader = () => Promise<{ default: LocaleData }>;

const loaders: Record<string, Loader> = {
  ar: () => import('./locales/ar.js'),
  de: () => import('./locales/de.js'),
  es: () => import('./locales/es.js'),
  fr: () => import('./locales/fr.js'),
  he: () => import('./locales/he.js'),
  ja: () => import('./locales/ja.js'),
  ko: () => import('./locales/ko.js'),
  ru: () => import('./locales/ru.js'),
  uk: () => import('./locales/uk.js'),
  'zh-CN': () => import('./locales/zh-CN.js'),
};

const registered = new Map<string, LocaleData>([['en', en]]);

/** Adds or replaces a language, for a page that brings its own. */
export function registerLocale(data: LocaleData): void {
  registered.set(data.code, data);
}

/** The supported code closest to a BCP 47 tag: `ko-KR` → `ko`, `zh` → `zh-CN`, `pt` → `en`. */
export function matchLocale(tag: string | null | undefined): string {
  if (!tag) return 'en';
  let canonical: string;
  try {
    canonical = Intl.getCanonicalLocales(tag)[0] ?? 'en';
  } catch {
    return 'en';
  }
  const known = [...registered.keys(), ...Object.keys(loaders)];
  if (known.includes(canonical)) return canonical;
  const language = canonical.split('-', 1)[0]?.toLowerCase() ?? '';
  return (
    known.find((code) => code === language) ?? known.find((code) => code.startsWith(`${language}-`)) ?? 'en'
  );
}

/** The language data for a tag when it is already there (English, or a language loaded before), else undefined. */
export function loadedLocale(tag: string | null | undefined): LocaleData | undefined {
  return registered.get(matchLocale(tag));
}

/** Resolves a tag to its language data, loading the chunk once. */
export async function loadLocale(tag: string | null | undefined): Promise<LocaleData> {
  const code = matchLocale(tag);
  const ready = registered.get(code);
  if (ready) return ready;
  const loader = loaders[code];
  if (!loader) return en;
  const data = (await loader()).default;
  registered.set(code, data);
  return data;
}

/** True for languages written right to left. */
export function isRtl(tag: string): boolean {
  return ['ar', 'he', 'fa', 'ur', 'yi'].includes(tag.split('-', 1)[0]?.toLowerCase() ?? '');
}
