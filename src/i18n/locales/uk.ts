import { uk } from 'date-fns/locale/uk';
import type { LocaleData } from '../types.js';

const rules = new Intl.PluralRules('uk');
const plural = (n: number, one: string, few: string, many: string) =>
  ({ one, few, many })[rules.select(n) as 'one' | 'few' | 'many'] ?? many;

const data: LocaleData = {
  code: 'uk',
  dir: 'ltr',
  dateLocale: uk,
  patterns: { year: 'y', month: 'LLLL y', day: 'd MMMM y', bce: '{y} до н. е.' },
  messages: {
    loading: 'Завантаження хронології…',
    timeline: 'Хронологія',
    axis: 'Вісь часу',
    filterBy: 'Показати події за участю',
    showAll: 'Усі',
    source: 'Джерело',
    sources: 'Джерела',
    sourceKinds: { report: 'Доповідь', article: 'Стаття', book: 'Книга', paper: 'Дослідження' },
    era: 'Доба',
    noEvents: 'Немає подій для показу.',
    noEventsForFilter: 'Немає подій за участю вибраних сторін.',
    errorTitle: 'У цій хронології є помилка',
    invalidEntries: (n) => `${n} ${plural(n, 'запис пропущено', 'записи пропущено', 'записів пропущено')}:`,
    moreErrors: (n) => `і ще ${n}`,
    shown: (n) => `Показано подій: ${n}.`,
    httpError: (status) => `Не вдалося завантажити історію: сервер відповів ${status}.`,
    networkError: 'Не вдалося завантажити історію: мережевий запит не виконано.',
    corsError:
      'Не вдалося завантажити історію: її сервер не дозволяє іншим сайтам читати її. Він має надсилати заголовок Access-Control-Allow-Origin.',
    timeoutError: (s) => `Не вдалося завантажити історію: немає відповіді за ${s} с.`,
    jsonError: 'Не вдалося прочитати історію: це некоректний JSON.',
    csvError: 'Не вдалося прочитати історію: помилка в CSV.',
    axisSpan: (from, to) => `Вісь часу з ${from} по ${to}`,
    axisSpanAt: (from, to, at) => `Вісь часу з ${from} по ${to}, позначено: ${at}`,
    other: 'Інші',
  },
};

export default data;
