import { he } from 'date-fns/locale/he';
import type { LocaleData } from '../types.js';

const data: LocaleData = {
  code: 'he',
  dir: 'rtl',
  dateLocale: he,
  patterns: { year: 'y', month: 'MMMM y', day: 'd בMMMM y', bce: '{y} לפנה״ס' },
  messages: {
    loading: 'טוען את ציר הזמן…',
    timeline: 'ציר זמן',
    axis: 'ציר הזמן',
    filterBy: 'הצג אירועים הנוגעים ל',
    showAll: 'הכול',
    source: 'מקור',
    sources: 'מקורות',
    sourceKinds: { report: 'דוח', article: 'מאמר', book: 'ספר', paper: 'מחקר' },
    era: 'תקופה',
    noEvents: 'אין אירועים להצגה.',
    noEventsForFilter: 'אין אירועים הנוגעים לגורמים שנבחרו.',
    errorTitle: 'יש בעיה בציר הזמן הזה',
    invalidEntries: (n) => `${n} רשומות הושמטו או קוצרו:`,
    moreErrors: (n) => `ועוד ${n}`,
    shown: (n) => `מוצגים ${n} אירועים.`,
    httpError: (status) => `לא ניתן לטעון את הסיפור: השרת השיב ${status}.`,
    networkError: 'לא ניתן לטעון את הסיפור: בקשת הרשת נכשלה.',
    corsError:
      'לא ניתן לטעון את הסיפור: השרת שלו אינו מתיר לאתרים אחרים לקרוא אותו. עליו לשלוח את הכותרת Access-Control-Allow-Origin.',
    timeoutError: (s) => `לא ניתן לטעון את הסיפור: אין תשובה אחרי ${s} שניות.`,
    jsonError: 'לא ניתן לקרוא את הסיפור: זה אינו JSON תקין.',
    csvError: 'לא ניתן לקרוא את הסיפור: קובץ ה-CSV פגום.',
    axisSpan: (from, to) => `ציר זמן מ־${from} עד ${to}`,
    axisSpanAt: (from, to, at) => `ציר זמן מ־${from} עד ${to}, מסומן ב־${at}`,
    other: 'אחרים',
  },
};

export default data;
