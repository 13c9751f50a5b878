import { ja } from 'date-fns/locale/ja';
import type { LocaleData } from '../types.js';

const data: LocaleData = {
  code: 'ja',
  dir: 'ltr',
  dateLocale: ja,
  patterns: { year: 'y年', month: 'y年M月', day: 'y年M月d日', bce: '紀元前{y}' },
  messages: {
    loading: 'タイムラインを読み込み中…',
    timeline: 'タイムライン',
    axis: '時間軸',
    filterBy: '関係する主体で絞り込む',
    showAll: 'すべて',
    source: '出典',
    sources: '出典',
    sourceKinds: { report: '報告書', article: '記事', book: '書籍', paper: '論文' },
    era: '時代',
    noEvents: '表示する出来事はありません。',
    noEventsForFilter: '選択した主体に関わる出来事はありません。',
    errorTitle: 'このタイムラインには問題があります',
    invalidEntries: (n) => `${n}件の項目が除外または短縮されました:`,
    moreErrors: (n) => `ほか${n}件`,
    shown: (n) => `${n}件の出来事を表示。`,
    httpError: (status) => `ストーリーを読み込めませんでした: サーバーの応答 ${status}。`,
    networkError: 'ストーリーを読み込めませんでした: ネットワーク要求が失敗しました。',
    corsError:
      'ストーリーを読み込めませんでした: サーバーが他のサイトからの読み取りを許可していません。Access-Control-Allow-Origin ヘッダーを送信する必要があります。',
    timeoutError: (s) => `ストーリーを読み込めませんでした: ${s}秒間応答がありません。`,
    jsonError: 'ストーリーを読めませんでした: 正しいJSONではありません。',
    csvError: 'ストーリーを読めませんでした: CSVの形式が正しくありません。',
    axisSpan: (from, to) => `${from}から${to}までの時間軸`,
    axisSpanAt: (from, to, at) => `${from}から${to}までの時間軸（${at}に印）`,
    other: 'その他',
  },
};

export default data;
