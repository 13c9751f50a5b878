import { expect } from '@open-wc/testing';
import { isAbsoluteHttpUrl, isSafeColor, isSafeUrl } from '../../src/core/safety.js';

describe('isSafeUrl', () => {
  it('allows http(s) and relative URLs', () => {
    for (const url of [
      'https://www.heritage.org/report',
      'http://example.com',
      'HTTPS://EXAMPLE.COM',
      'img/a.png',
      '/a',
      '../a',
      '//cdn.example/a.png',
      '#id',
      'a?b=c:d',
    ]) {
      expect(isSafeUrl(url), url).to.equal(true);
    }
  });

  it('rejects other schemes however they are disguised', () => {
    const bad = [
      'javascript:alert(1)',
      'JavaScript:alert(1)',
      '  javascript:alert(1)',
      '\u0001javascript:alert(1)',
      'java\tscript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      '',
      '   ',
    ];
    for (const url of bad) expect(isSafeUrl(url), JSON.stringify(url)).to.equal(false);
  });

  it('links only absolute http(s) URLs in citations', () => {
    expect(isAbsoluteHttpUrl('https://example.com')).to.equal(true);
    expect(isAbsoluteHttpUrl('report.pdf')).to.equal(false);
  });
});

describe('isSafeColor', () => {
  it('accepts CSS colours', () => {
    for (const color of [
      '#c0392b',
      '#abc',
      '#aabbccdd',
      'rgb(10 20 30)',
      'rgba(10, 20, 30, 0.5)',
      'oklch(60% 0.15 30)',
      'rebeccapurple',
    ]) {
      expect(isSafeColor(color), color).to.equal(true);
    }
  });

  it('rejects anything that is not just a colour', () => {
    for (const value of [
      'red; background: url(x)',
      'var(--x)',
      'url(javascript:alert(1))',
      'expression(alert(1))',
      '#12',
      'rgb(1,2,3) !important',
      'notacolour',
    ]) {
      expect(isSafeColor(value), value).to.equal(false);
    }
  });
});
