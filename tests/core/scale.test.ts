import { expect } from '@open-wc/testing';
import { parseStory } from '../../src/core/validate.js';
import { createTimeScale, eraLanes, storySpans } from '../../src/core/scale.js';

describe('createTimeScale', () => {
  it('maps a continuous span linearly onto the range, increasing', () => {
    const scale = createTimeScale([[2014, 2024]], { range: [0, 1000], density: 0 });
    expect(scale.breaks).to.have.length(0);
    expect(scale(2014)).to.be.greaterThan(0);
    expect(scale(2024)).to.be.lessThan(1000);
    expect(scale(2019) - scale(2014)).to.be.closeTo(scale(2024) - scale(2019), 1e-6);
    expect(scale.segments[0]!.r0).to.equal(0);
    expect(scale.segments[scale.segments.length - 1]!.r1).to.be.closeTo(1000, 1e-6);
  });

  it('cuts a long empty stretch into a short break', () => {
    const scale = createTimeScale(
      [
        [1910, 1945, 0],
        [2010, 2010.1],
        [2014, 2024.3],
      ],
      { range: [0, 100] },
    );
    expect(scale.breaks).to.have.length(1);
    expect(scale.breaks[0]!.r1 - scale.breaks[0]!.r0).to.be.closeTo(4, 1e-6);
    // The decade that holds the events gets far more than the 9% a linear 1910–2024 axis gives it.
    expect(scale(2024) - scale(2014)).to.be.greaterThan(20);
    const timeOnly = createTimeScale(
      [
        [1910, 1945, 0],
        [2010, 2010.1],
        [2014, 2024.3],
      ],
      { range: [0, 100], density: 0 },
    );
    expect(timeOnly(2024) - timeOnly(2014)).to.be.within(15, 25);
    expect(scale(2024) - scale(2014)).to.be.greaterThan(timeOnly(2024) - timeOnly(2014));
    // Still monotonic through the break.
    const values = [1910, 1945, 1980, 2010, 2014, 2024].map(scale);
    expect([...values].sort((a, b) => a - b)).to.deep.equal(values);
  });

  it('gives busy periods more room, so the marker moves at an even pace', () => {
    const spans: [number, number][] = [
      [1990, 1990.1],
      [2000, 2000.1],
      ...Array.from({ length: 10 }, (_, i) => [2023 + i / 12, 2023 + (i + 1) / 12] as [number, number]),
    ];
    const even = createTimeScale(spans, { range: [0, 100], breakRatio: Infinity });
    const linear = createTimeScale(spans, { range: [0, 100], breakRatio: Infinity, density: 0 });
    expect(even(2023.8) - even(2023)).to.be.greaterThan(3 * (linear(2023.8) - linear(2023)));
    const values = [1990, 1995, 2000, 2010, 2023, 2023.5, 2023.8].map(even);
    expect([...values].sort((a, b) => a - b)).to.deep.equal(values);
  });

  it('never cuts with breakRatio Infinity', () => {
    const scale = createTimeScale(
      [
        [1910, 1945],
        [2014, 2024],
      ],
      { breakRatio: Infinity },
    );
    expect(scale.breaks).to.have.length(0);
  });

  it('picks yearly ticks for a decade and decades for a century', () => {
    const decade = createTimeScale([[2014, 2024]]).ticks();
    expect(decade.map((t) => t.date.iso)).to.include.members([
      '2014',
      '2016',
      '2018',
      '2020',
      '2022',
      '2024',
    ]);
    const century = createTimeScale([[1900, 2000]]).ticks();
    expect(century.every((t) => t.date.year % 10 === 0)).to.equal(true);
  });

  it('picks month ticks within a year, under that year', () => {
    const ticks = createTimeScale([[2022.9, 2023.9]]).ticks();
    expect(ticks.map((t) => t.date.iso)).to.include.members(['2023', '2023-04', '2023-07']);
    const lonely = createTimeScale([[2023.5, 2023.9]]).ticks();
    expect(lonely.map((t) => t.date.iso)).to.deep.equal([]);
  });

  it('labels ticks before the common era with historical years', () => {
    const ticks = createTimeScale([[-59, -30]]).ticks();
    expect(ticks.map((t) => t.date.iso)).to.include('-0051');
    expect(ticks.every((t) => t.date.year < 0)).to.equal(true);
  });

  it('handles a single point and an empty story', () => {
    expect(createTimeScale([[2023.5, 2023.5]])(2023.5)).to.be.closeTo(0.5, 1e-6);
    expect(createTimeScale([]).segments).to.have.length(1);
  });

  it('keeps ticks apart and skips breaks', () => {
    const scale = createTimeScale(
      [
        [1910, 1945, 0],
        [2010, 2010.1],
        [2014, 2024.3],
      ],
      { minTickGap: 0.05 },
    );
    const ticks = scale.ticks();
    for (let i = 1; i < ticks.length; i++) {
      expect(ticks[i]!.position - ticks[i - 1]!.position).to.be.at.least(0.05 - 1e-9);
    }
    expect(ticks.some((t) => t.value > 1950 && t.value < 2005)).to.equal(false);
  });
});

describe('createTimeScale at scale', () => {
  it('maps 10,000 overlapping spans in order, within the range', () => {
    const spans = Array.from(
      { length: 10000 },
      (_, i) => [1950 + i * 0.007, 1950 + i * 0.007 + 1 / 12] as [number, number],
    );
    const scale = createTimeScale(spans, { range: [0, 100] });
    const positions = spans.map(([a]) => scale(a));
    expect([...positions].sort((a, b) => a - b)).to.deep.equal(positions);
    expect(positions[0]).to.be.greaterThan(0);
    expect(positions.at(-1)).to.be.lessThan(100);
    // Overlapping spans leave nothing to cut.
    expect(scale.breaks).to.have.length(0);
  });

  it('is the same scale whatever order the spans come in', () => {
    // Dates with gaps (so some get cut), repeats and long spans; then shuffled and reversed.
    let seed = 7;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    const spans: [number, number, number?][] = Array.from({ length: 2000 }, (_, i) => {
      const start =
        (i < 1000 ? 1900 : 1990) + Math.floor((i % 1000) / 40) / 2 + Math.floor(random() * 12) / 12;
      return [start, start + (i % 7 === 0 ? 3 : 1 / 12)];
    });
    spans.push([1905, 1920, 0]);
    const expected = createTimeScale(spans, { range: [0, 100] });
    const shuffled = [...spans].sort(() => random() - 0.5);
    for (const order of [shuffled, [...spans].reverse()]) {
      const scale = createTimeScale(order, { range: [0, 100] });
      expect(scale.segments).to.deep.equal(expected.segments);
      expect(scale.breaks).to.deep.equal(expected.breaks);
    }
    expect(expected.breaks.length).to.be.greaterThan(0);
  });
});

describe('storySpans', () => {
  it('spans each event to the end of its period, and each era with no weight', () => {
    const { story } = parseStory({
      title: 'Spans',
      eras: [{ id: 'cold-war', title: 'Cold War', start: '1947', end: '1991' }],
      events: [
        { id: 'a', date: '2023-07', title: 'A', summary: 'A.', sources: [{ title: 'S' }] },
        { id: 'b', date: '2021', end: '2025', title: 'B', summary: 'B.', sources: [{ title: 'S' }] },
      ],
    });
    const [b, a, era] = storySpans(story!.events, story!.eras);
    expect(b).to.deep.equal([2021, 2026]);
    expect(a![0]).to.be.closeTo(2023 + 181 / 365, 1e-9);
    expect(a![1]).to.be.closeTo(2023 + 212 / 365, 1e-9);
    expect(era).to.deep.equal([1947, 1992, 0]);
  });
});

describe('eraLanes', () => {
  const eras = (list: [string, string][]) =>
    parseStory({
      title: 'Eras',
      eras: list.map(([start, end], i) => ({ id: `e${i}`, title: `Era ${i}`, start, end })),
      events: [{ id: 'a', date: '2000', title: 'A', summary: 'A.', sources: [{ title: 'S' }] }],
    }).story!.eras;

  it('keeps eras that follow one another in one lane', () => {
    expect(
      eraLanes(
        eras([
          ['1910', '1945'],
          ['2021', '2025'],
        ]),
      ),
    ).to.deep.equal([0, 0]);
    // One ends with 1945, the next starts with 1946: they touch, they do not overlap.
    expect(
      eraLanes(
        eras([
          ['1939', '1945'],
          ['1946', '1950'],
        ]),
      ),
    ).to.deep.equal([0, 0]);
  });

  it('puts an era beside those it overlaps, in the first lane free by its start', () => {
    // The end of the Roman Republic: the Gallic Wars begin during the First Triumvirate; the civil
    // war and the Second Triumvirate come after both.
    const roman = eras([
      ['-0060', '-0053'],
      ['-0058', '-0050'],
      ['-0049', '-0045'],
      ['-0043', '-0033'],
    ]);
    expect(eraLanes(roman)).to.deep.equal([0, 1, 0, 0]);
    expect(
      eraLanes(
        eras([
          ['1900', '2000'],
          ['1910', '1920'],
          ['1915', '1930'],
          ['1925', '1940'],
        ]),
      ),
    ).to.deep.equal([0, 1, 2, 1]);
  });
});
