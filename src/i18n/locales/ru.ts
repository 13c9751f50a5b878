import { ru } from 'date-fns/locale/ru';
import type { LocaleData } from '../types.js';

const rules = new Intl.PluralRules('ru');
const plural = (n: number, one: string, few: string, many: string) =>
  ({ one, few, many })[rules.select(n) as 'one' | 'few' | 'many'] ?? many;

const data: LocaleData = {
  code: 'ru',
  dir: 'ltr',
  dateLocale: ru,
  patterns: { year: 'y', month: 'LLLL y', day: 'd MMMM y', bce: '{y} до н. э.' },
  messages: {
    loading: 'Загрузка хронологии…',
    timeline: 'Хронология',
    axis: 'Ось времени',
    filterBy: 'Показать события с участием',
    showAll: 'Все',
    source: 'Источник',
    sources: 'Источники',
    sourceKinds: { report: 'Доклад', article: 'Статья', book: 'Книга', paper: 'Исследование' },
    era: 'Эпоха',
    noEvents: 'Нет событий для показа.',
    noEventsForFilter: 'Нет событий с участием выбранных сторон.',
    errorTitle: 'В этой хронологии есть ошибка',
    invalidEntries: (n) => `${n} ${plural(n, 'запись пропущена', 'записи пропущены', 'записей пропущено')}:`,
    moreErrors: (n) => `и ещё ${n}`,
    shown: (n) => `Показано событий: ${n}.`,
    httpError: (status) => `Не удалось загрузить историю: сервер ответил ${status}.`,
    networkError: 'Не удалось загрузить историю: сетевой запрос не выполнен.',
    corsError:
      'Не удалось загрузить историю: её сервер не разрешает другим сайтам читать её. Он должен отправлять заголовок Access-Control-Allow-Origin.',
    timeoutError: (s) => `Не удалось загрузить историю: нет ответа за ${s} с.`,
    jsonError: 'Не удалось прочитать историю: это не корректный JSON.',
    csvError: 'Не удалось прочитать историю: ошибка в CSV.',
    axisSpan: (from, to) => `Ось времени с ${from} по ${to}`,
    axisSpanAt: (from, to, at) => `Ось времени с ${from} по ${to}, отмечено: ${at}`,
    other: 'Другие',
  },
};

export default data;
