import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { testStory as story } from '../../../tests/fixtures/story.js';
import { cards, press, ready, clearHash } from '../../../tests/fixtures/timeline.js';
import './define.js';
import type { StoryTimeline } from './timeline.component.js';

describe('<story-timeline>', () => {
  afterEach(clearHash);

  describe('languages and direction', () => {
    it('formats dates and says its words in the locale given', async () => {
      const el = await ready(
        await fixture<StoryTimeline>(
          html`<story-timeline locale="ko" filters .data=${story()}></story-timeline>`,
        ),
      );
      await waitUntil(() => cards(el)[1]!.querySelector('[part~="date"]')!.textContent!.includes('년'));
      const dates = cards(el).map((c) => c.querySelector('[part~="date"]')!.textContent!.trim());
      expect(dates.slice(0, 3)).to.deep.equal(['2014년', '2023년 7월', '2023년 9월 13일']);
      expect(el.shadowRoot!.querySelector('[part~="filters"]')!.getAttribute('aria-label')).to.equal(
        '관련 주체별 보기',
      );
      expect(el.shadowRoot!.querySelector('.base')!.getAttribute('lang')).to.equal('ko');
    });

    it('falls back to the closest lang attribute, then to the story’s language', async () => {
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="ja"><story-timeline .data=${story()}></story-timeline></div>`,
      );
      const el = await ready(wrapper.querySelector('story-timeline')!);
      await waitUntil(() => cards(el)[1]!.textContent!.includes('2023年7月'), 'lang attribute not followed', {
        timeout: 5000,
      });
      const korean = { ...story(), language: 'ko' };
      const bare = await fixture<HTMLElement>(
        html`<div lang=""><story-timeline .data=${korean}></story-timeline></div>`,
      );
      const other = await ready(bare.querySelector('story-timeline')!);
      await waitUntil(
        () => cards(other)[1]!.textContent!.includes('2023년 7월'),
        'story language not followed',
        {
          timeout: 5000,
        },
      );
    });

    it('shows multilingual text in the reader’s language', async () => {
      const data = story();
      data.events[1]!.title = { en: 'Shoigu visit', ko: '쇼이구 방문' };
      const el = await ready(
        await fixture<StoryTimeline>(html`<story-timeline locale="ko-KR" .data=${data}></story-timeline>`),
      );
      await waitUntil(() => el.shadowRoot!.getElementById('shoigu')!.textContent!.includes('쇼이구 방문'));
      const english = await ready(
        await fixture<StoryTimeline>(html`<story-timeline locale="fr" .data=${data}></story-timeline>`),
      );
      await waitUntil(() =>
        english.shadowRoot!.getElementById('shoigu')?.textContent!.includes('Shoigu visit'),
      );
    });

    it('says its dates again in a language set after the first render', async () => {
      const el = await ready(
        await fixture<StoryTimeline>(html`<story-timeline .data=${story()}></story-timeline>`),
      );
      const date = () => el.shadowRoot!.querySelector('#shoigu [part~="date"]')!.textContent!.trim();
      expect(date()).to.equal('July 2023');
      el.locale = 'fr';
      await waitUntil(() => date() === 'juillet 2023', `the date stayed "${date()}"`, { timeout: 5000 });
    });

    it('lets the page replace its words', async () => {
      const el = await ready(
        await fixture<StoryTimeline>(
          html`<story-timeline
            filters
            .messages=${{ filterBy: 'Follow' }}
            .data=${story()}
          ></story-timeline>`,
        ),
      );
      expect(el.shadowRoot!.querySelector('[part~="filters"]')!.getAttribute('aria-label')).to.equal(
        'Follow',
      );
    });

    it('mirrors the layout right to left, and arrow keys follow the reading direction', async () => {
      const ltr = await ready(
        await fixture<StoryTimeline>(
          html`<story-timeline style="width: 900px" .data=${story()}></story-timeline>`,
        ),
      );
      const wrapper = await fixture<HTMLElement>(
        html`<div dir="rtl"><story-timeline style="width: 900px" .data=${story()}></story-timeline></div>`,
      );
      const rtl = await ready(wrapper.querySelector('story-timeline')!);
      const axisLeft = (el: StoryTimeline) =>
        el.shadowRoot!.querySelector('[part~="axis"]')!.getBoundingClientRect().left;
      const cardLeft = (el: StoryTimeline) => cards(el)[0]!.getBoundingClientRect().left;
      expect(axisLeft(ltr)).to.be.lessThan(cardLeft(ltr));
      expect(axisLeft(rtl)).to.be.greaterThan(cardLeft(rtl));
      await expect(rtl).to.be.accessible();
      rtl.goTo('shoigu', { focus: true, behavior: 'instant' });
      press(rtl, 'ArrowLeft');
      expect(rtl.activeId).to.equal('summit');
      press(rtl, 'ArrowRight');
      expect(rtl.activeId).to.equal('shoigu');
    });

    it('puts the marker of a narrow axis on the active mark, left to right and right to left', async () => {
      for (const dir of ['ltr', 'rtl']) {
        const el = await ready(
          await fixture<StoryTimeline>(
            html`<story-timeline dir=${dir} style="width: 400px" .data=${story()}></story-timeline>`,
          ),
        );
        el.activeId = 'summit';
        const marker = el.shadowRoot!.querySelector<HTMLElement>('[part~="marker"]')!;
        // Against the mark of whichever event is active when measured: the reading line may move it.
        const gap = () => {
          const dot = el.shadowRoot!.querySelector(`[data-goto="${el.activeId}"]`)!.getBoundingClientRect();
          return Math.abs(marker.getBoundingClientRect().left + 1 - (dot.left + dot.width / 2));
        };
        await waitUntil(() => gap() < 2, `${dir}: the marker stopped ${gap()} px from the mark`);
        expect(el.shadowRoot!.querySelector('.axis-track')!.getBoundingClientRect().width).to.be.above(300);
        // The tick labels centre under their dates: the first and last stay inside the component.
        const box = el.getBoundingClientRect();
        const ticks = [...el.shadowRoot!.querySelectorAll('[part~="tick"]')].map((t) =>
          t.getBoundingClientRect(),
        );
        expect(ticks.length, dir).to.be.above(1);
        expect(
          ticks.every((t) => t.left >= box.left && t.right <= box.right),
          dir,
        ).to.equal(true);
      }
    });

    it('keeps long tick labels inside the component (Spanish, Arabic)', async () => {
      // A story within one year: its ticks are months, "sep 2023", "سبتمبر 2023".
      const data = story();
      data.events.forEach((event, i) => (event.date = `2023-${String(2 * i + 1).padStart(2, '0')}`));
      delete data.events[0]!.end;
      for (const locale of ['es', 'ar']) {
        const el = await ready(
          await fixture<StoryTimeline>(
            html`<story-timeline locale=${locale} style="width: 900px" .data=${data}></story-timeline>`,
          ),
        );
        const months = () =>
          [...el.shadowRoot!.querySelectorAll('[part~="tick"]')].filter((t) =>
            /\p{L}{3}/u.test(t.textContent!),
          );
        await waitUntil(() => months().length > 1, `${locale}: no month ticks`);
        const box = el.getBoundingClientRect();
        const ticks = [...el.shadowRoot!.querySelectorAll('[part~="tick"]')];
        const outside = ticks.filter((tick) => {
          const rect = tick.getBoundingClientRect();
          return rect.left < box.left || rect.right > box.right;
        });
        expect(
          outside.map((tick) => tick.textContent),
          locale,
        ).to.deep.equal([]);
      }
    });

    it('shortens the months of its tick labels as its language does (German, Spanish)', async () => {
      const data = story();
      data.events.forEach((event, i) => (event.date = `2023-${String(2 * i + 1).padStart(2, '0')}`));
      delete data.events[0]!.end;
      // A short month in each language's own form, and never the whole name (or Spanish's "de").
      const expected = {
        de: { short: /^\p{L}{3}\. 2023$/u, long: /Januar|Februar|September|Oktober|November|Dezember/ },
        es: { short: /^\p{L}{3,4} 2023$/u, long: / de /u },
      };
      for (const [locale, { short, long }] of Object.entries(expected)) {
        const el = await ready(
          await fixture<StoryTimeline>(
            html`<story-timeline locale=${locale} style="width: 900px" .data=${data}></story-timeline>`,
          ),
        );
        const labels = () =>
          [...el.shadowRoot!.querySelectorAll('[part~="tick"]')]
            .map((tick) => tick.textContent!.trim())
            .filter((text) => /\p{L}/u.test(text));
        await waitUntil(() => labels().length > 1, `${locale}: no month ticks`);
        expect(
          labels().some((text) => short.test(text)),
          labels().join(', '),
        ).to.equal(true);
        expect(
          labels().filter((text) => long.test(text)),
          locale,
        ).to.deep.equal([]);
      }
    });

    it('lays out right to left for an Arabic locale on a page that says nothing', async () => {
      const el = await ready(
        await fixture<StoryTimeline>(
          html`<story-timeline locale="ar" style="width: 900px" .data=${story()}></story-timeline>`,
        ),
      );
      await waitUntil(() => el.shadowRoot!.querySelector('.base')!.getAttribute('dir') === 'rtl');
      await el.updateComplete;
      const axis = el.shadowRoot!.querySelector('[part~="axis"]')!.getBoundingClientRect();
      expect(axis.left).to.be.greaterThan(cards(el)[0]!.getBoundingClientRect().left);
      expect(cards(el)[1]!.textContent).to.contain('يوليو 2023');
      await expect(el).to.be.accessible();
    });
  });
});
