import { expect } from '@open-wc/testing';
import { formatStoryDate, parseStoryDate, type StoryDate } from '../src/core/dates.js';
import { pickText } from '../src/core/text.js';
import { loadLocale, matchLocale } from '../src/i18n/index.js';

function date(input: string): StoryDate {
  const result = parseStoryDate(input);
  if (!result.ok) throw new Error(result.reason);
  return result.date;
}

async function formatIn(tag: string, input: string): Promise<string> {
  const lang = await loadLocale(tag);
  return formatStoryDate(date(input), { locale: lang.dateLocale, patterns: lang.patterns });
}

describe('languages', () => {
  it('matches tags to the supported languages', () => {
    expect(matchLocale('ko-KR')).to.equal('ko');
    expect(matchLocale('zh')).to.equal('zh-CN');
    expect(matchLocale('en-GB')).to.equal('en');
    expect(matchLocale('pt-BR')).to.equal('en');
    expect(matchLocale('not a tag')).to.equal('en');
    expect(matchLocale(undefined)).to.equal('en');
  });

  it('formats dates at each precision in Korean, Japanese and Arabic', async () => {
    expect(await formatIn('ko', '2023-07')).to.equal('2023년 7월');
    expect(await formatIn('ko', '2023-12-22')).to.equal('2023년 12월 22일');
    expect(await formatIn('ko', '2023')).to.equal('2023년');
    expect(await formatIn('ja', '2023-07')).to.equal('2023年7月');
    expect(await formatIn('ja', '2023-12-22')).to.equal('2023年12月22日');
    expect(await formatIn('ar', '2023-07')).to.equal('يوليو 2023');
    expect(await formatIn('zh-CN', '2023-11')).to.equal('2023年11月');
    expect(await formatIn('ru', '2023-07')).to.equal('июль 2023');
    expect(await formatIn('ru', '2023-12-22')).to.equal('22 декабря 2023');
    expect(await formatIn('de', '2023-12-22')).to.equal('22. Dezember 2023');
    expect(await formatIn('fr', '2023-07')).to.equal('juillet 2023');
    expect(await formatIn('es', '2023-07')).to.equal('julio de 2023');
  });

  it('formats BCE years in every language', async () => {
    expect(await formatIn('en', '-0044')).to.equal('44 BCE');
    expect(await formatIn('ko', '-0044')).to.equal('기원전 44년');
    expect(await formatIn('ko', '-0044-03-15')).to.equal('기원전 44년 3월 15일');
    expect(await formatIn('ja', '-0044')).to.equal('紀元前44年');
    expect(await formatIn('zh-CN', '-0044')).to.equal('公元前44年');
    expect(await formatIn('fr', '-0044')).to.equal('44 av. J.-C.');
    expect(await formatIn('de', '-0044-03-15')).to.equal('15. März 44 v. Chr.');
    expect(await formatIn('ru', '-0044')).to.equal('44 до н. э.');
  });

  it('formats years before 1000 without padding or shifting', async () => {
    expect(await formatIn('en', '0476')).to.equal('476');
    expect(await formatIn('ko', '0668')).to.equal('668년');
    expect(await formatIn('en', '0079-08-24')).to.equal('August 24, 79');
  });

  it('says the component’s words in each language', async () => {
    for (const tag of ['ko', 'ja', 'zh-CN', 'ru', 'uk', 'de', 'fr', 'es', 'ar', 'he']) {
      const lang = await loadLocale(tag);
      expect(lang.code).to.equal(tag);
      expect(lang.messages.loading).to.not.equal('Loading the timeline…');
      expect(lang.messages.shown(3)).to.contain('3');
    }
    expect((await loadLocale('ru')).messages.invalidEntries(2)).to.equal('2 записи пропущены:');
    expect((await loadLocale('ru')).messages.invalidEntries(5)).to.equal('5 записей пропущено:');
    expect((await loadLocale('ar')).dir).to.equal('rtl');
    expect((await loadLocale('he')).dir).to.equal('rtl');
  });
});

describe('pickText', () => {
  const title = { en: 'Shoigu visits Pyongyang', ko: '쇼이구 평양 방문', 'zh-CN': '绍伊古访问平壤' };

  it('picks the language wanted, its region-less form, then the fallback', () => {
    expect(pickText(title, 'ko')).to.equal('쇼이구 평양 방문');
    expect(pickText(title, 'ko-KR')).to.equal('쇼이구 평양 방문');
    expect(pickText(title, 'zh')).to.equal('绍伊古访问平壤');
    expect(pickText(title, 'fr', 'en')).to.equal('Shoigu visits Pyongyang');
    expect(pickText({ ko: '한국어' }, 'fr', 'en')).to.equal('한국어');
    expect(pickText('plain', 'ko')).to.equal('plain');
  });
});
