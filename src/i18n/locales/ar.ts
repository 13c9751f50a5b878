import { ar } from 'date-fns/locale/ar';
import type { LocaleData } from '../types.js';

const data: LocaleData = {
  code: 'ar',
  dir: 'rtl',
  dateLocale: ar,
  patterns: { year: 'y', month: 'MMMM y', day: 'd MMMM y', bce: '{y} ق.م' },
  messages: {
    loading: 'جارٍ تحميل الخط الزمني…',
    timeline: 'الخط الزمني',
    axis: 'محور الزمن',
    filterBy: 'اعرض الأحداث المتعلقة بـ',
    showAll: 'الكل',
    source: 'المصدر',
    sources: 'المصادر',
    sourceKinds: { report: 'تقرير', article: 'مقال', book: 'كتاب', paper: 'دراسة' },
    era: 'حقبة',
    noEvents: 'لا توجد أحداث لعرضها.',
    noEventsForFilter: 'لا توجد أحداث تتعلق بالأطراف المختارة.',
    errorTitle: 'في هذا الخط الزمني مشكلة',
    invalidEntries: (n) => `حُذف أو اختُصر ${n} من المدخلات:`,
    moreErrors: (n) => `و${n} أخرى`,
    shown: (n) => `عدد الأحداث المعروضة: ${n}.`,
    httpError: (status) => `تعذّر تحميل القصة: ردّ الخادم ${status}.`,
    networkError: 'تعذّر تحميل القصة: فشل طلب الشبكة.',
    corsError:
      'تعذّر تحميل القصة: خادمها لا يسمح للمواقع الأخرى بقراءتها. يجب أن يرسل الترويسة Access-Control-Allow-Origin.',
    timeoutError: (s) => `تعذّر تحميل القصة: لا رد بعد ${s} ثانية.`,
    jsonError: 'تعذّرت قراءة القصة: ليست JSON صالحًا.',
    csvError: 'تعذّرت قراءة القصة: ملف CSV غير سليم.',
    axisSpan: (from, to) => `محور زمني من ${from} إلى ${to}`,
    axisSpanAt: (from, to, at) => `محور زمني من ${from} إلى ${to}، مع علامة عند ${at}`,
    other: 'أخرى',
  },
};

export default data;
