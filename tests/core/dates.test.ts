import { expect } from '@open-wc/testing';
import { ko } from 'date-fns/locale/ko';
import {
  compareDates,
  formatRange,
  formatStoryDate,
  makeDate,
  parseStoryDate,
  toYearValue,
  toYearValueEnd,
  type StoryDate,
} from '../../src/core/dates.js';

function date(input: string): StoryDate {
  const result = parseStoryDate(input);
  if (!result.ok) throw new Error(result.reason);
  return result.date;
}

function reason(input: unknown): string {
  const result = parseStoryDate(input);
  if (result.ok) throw new Error(`${String(input)} parsed`);
  return result.reason;
}

// Also run in America/Los_Angeles, Asia/Seoul and Pacific/Kiritimati (see web-test-runner.config.mjs).
describe(`dates (timezone ${Intl.DateTimeFormat().resolvedOptions().timeZone})`, () => {
  describe('parseStoryDate', () => {
    it('reads each precision', () => {
      expect(date('2023')).to.deep.equal({ year: 2023, precision: 'year', iso: '2023' });
      expect(date('2023-11')).to.deep.equal({ year: 2023, month: 11, precision: 'month', iso: '2023-11' });
      expect(date('2023-12-22')).to.deep.equal({
        year: 2023,
        month: 12,
        day: 22,
        precision: 'day',
        iso: '2023-12-22',
      });
    });

    it('reads negative years as BCE, with no year 0', () => {
      expect(date('-0044-03-15')).to.include({ year: -44, month: 3, day: 15 });
      expect(reason('0000')).to.contain('no year 0');
    });

    it('accepts the 29th of February only in leap years, BCE included', () => {
      expect(date('2024-02-29').day).to.equal(29);
      expect(reason('2023-02-29')).to.equal('"2023-02-29" is not a date (February 2023 has 28 days)');
      // 45 BCE is astronomical year -44, a leap year in the proleptic Gregorian calendar.
      expect(date('-0045-02-29').day).to.equal(29);
    });

    it('says why a string is not a date', () => {
      expect(reason('2023-13')).to.equal('"2023-13" is not a date (month 13)');
      expect(reason('2023-02-30')).to.equal('"2023-02-30" is not a date (February 2023 has 28 days)');
      expect(reason('July 2023')).to.equal(
        '"July 2023" is not a date: use "YYYY", "YYYY-MM" or "YYYY-MM-DD"',
      );
      expect(reason('2023-7')).to.contain('is not a date');
      expect(reason(2023)).to.equal('2023 is not a date: use "YYYY", "YYYY-MM" or "YYYY-MM-DD"');
      expect(reason(null)).to.contain('null is not a date');
    });

    it('never reads a date as an instant', () => {
      // Date.parse('2023-11') is midnight UTC: October 31 west of Greenwich. Ours stays November.
      expect(formatStoryDate(date('2023-11'))).to.equal('November 2023');
      expect(formatStoryDate(date('2023-01-01'))).to.equal('January 1, 2023');
      expect(formatStoryDate(date('2023-12-31'))).to.equal('December 31, 2023');
    });
  });

  describe('formatStoryDate', () => {
    it('formats at the precision given', () => {
      expect(formatStoryDate(date('2023'))).to.equal('2023');
      expect(formatStoryDate(date('2023-07'))).to.equal('July 2023');
      expect(formatStoryDate(date('2023-12-22'))).to.equal('December 22, 2023');
    });

    it('formats BCE and early years', () => {
      expect(formatStoryDate(date('-0044'))).to.equal('44 BCE');
      expect(formatStoryDate(date('-0044-03'))).to.equal('March 44 BCE');
      expect(formatStoryDate(date('-0044-03-15'))).to.equal('March 15, 44 BCE');
      expect(formatStoryDate(date('0079-08-24'))).to.equal('August 24, 79');
      expect(formatStoryDate(date('0476'))).to.equal('476');
    });

    it('formats with a date-fns locale and patterns', () => {
      expect(formatStoryDate(date('2023-07'), { locale: ko, patterns: { month: 'y년 M월' } })).to.equal(
        '2023년 7월',
      );
    });
  });

  describe('formatRange', () => {
    it('says shared parts once', () => {
      expect(formatRange(date('2021'), date('2025'))).to.equal('2021–2025');
      expect(formatRange(date('1910'), date('1945'))).to.equal('1910–1945');
      expect(formatRange(date('2023-07'), date('2023-09'))).to.equal('July–September 2023');
      expect(formatRange(date('-0049'), date('-0044'))).to.equal('49–44 BCE');
      expect(formatRange(date('2022-02-24'), date('2023'))).to.equal('February 24, 2022 – 2023');
    });
  });

  describe('compareDates', () => {
    it('orders by date, then coarser precision first', () => {
      const input = ['2023-12-22', '-0044-03-15', '2023', '2023-01-01', '2023-01', '2010-11', '-0049'];
      const sorted = input
        .map(date)
        .sort(compareDates)
        .map((d) => d.iso);
      expect(sorted).to.deep.equal([
        '-0049',
        '-0044-03-15',
        '2010-11',
        '2023',
        '2023-01',
        '2023-01-01',
        '2023-12-22',
      ]);
    });
  });

  describe('toYearValue', () => {
    it('maps a date to the start of its period as a fractional year', () => {
      expect(toYearValue(date('2023'))).to.equal(2023);
      expect(toYearValue(date('2023-01-01'))).to.equal(2023);
      expect(toYearValue(date('2023-07-02'))).to.be.closeTo(2023 + 182 / 365, 1e-9);
      expect(toYearValue(date('-0001'))).to.equal(0);
      expect(toYearValue(date('-0044'))).to.equal(-43);
    });

    it('maps the end of a period to where the next begins', () => {
      expect(toYearValueEnd(date('2023'))).to.equal(2024);
      expect(toYearValueEnd(date('2023-12'))).to.be.closeTo(2024, 1e-9);
      expect(toYearValueEnd(date('2023-12-31'))).to.be.closeTo(2024, 1e-9);
    });

    it('keeps values increasing across the BCE/CE boundary', () => {
      expect(toYearValue(makeDate(-1, 12, 31))).to.be.lessThan(toYearValue(makeDate(1)));
    });
  });
});
