import { expect } from '@open-wc/testing';
import { parseIdList } from '../../core/text.js';
import { groupByLane, laneOf, type Lane } from './lanes.js';

const LANES: Lane[] = [
  { label: 'China–Russia', actors: ['china', 'russia'] },
  { label: 'Russia–North Korea', actors: ['russia', 'north-korea'] },
  { label: 'North Korea–China', actors: ['north-korea', 'china'] },
  { label: 'The allied response', actors: ['united-states', 'south-korea', 'japan'] },
];

const label = (actors: string[]) => laneOf({ actors }, LANES)?.label;

describe('laneOf', () => {
  it('puts an event in the lane that shares the most actors with it', () => {
    expect(label(['russia', 'north-korea'])).to.equal('Russia–North Korea');
    expect(label(['north-korea', 'china'])).to.equal('North Korea–China');
    expect(label(['south-korea', 'japan', 'united-states'])).to.equal('The allied response');
    // Two of three actors beat the lead actor alone.
    expect(label(['united-states', 'north-korea', 'russia'])).to.equal('Russia–North Korea');
    expect(label(['russia', 'ukraine', 'china'])).to.equal('China–Russia');
  });

  it('breaks a tie with the event’s first actor, then with the lanes’ order', () => {
    // One actor in common with two lanes: the lane of the lead actor (the United States) wins.
    expect(label(['united-states', 'russia'])).to.equal('The allied response');
    expect(label(['russia', 'united-states'])).to.equal('China–Russia');
    // North Korea alone is in two lanes equally: the first of them.
    expect(label(['north-korea'])).to.equal('Russia–North Korea');
  });

  it('finds no lane for an event without a shared actor, or without actors', () => {
    expect(laneOf({ actors: ['ukraine'] }, LANES)).to.equal(undefined);
    expect(laneOf({}, LANES)).to.equal(undefined);
    expect(laneOf({ actors: ['china'] }, [])).to.equal(undefined);
  });
});

describe('groupByLane', () => {
  const events = [
    { id: 'a', actors: ['china', 'russia'] },
    { id: 'b', actors: ['ukraine'] },
    { id: 'c', actors: ['russia', 'north-korea'] },
    { id: 'd', actors: ['russia', 'china'] },
  ];

  it('makes a row per lane in order, empty ones included, and one for the rest', () => {
    const rows = groupByLane(events, LANES);
    expect(rows.map((row) => row.lane?.label ?? null)).to.deep.equal([
      'China–Russia',
      'Russia–North Korea',
      'North Korea–China',
      'The allied response',
      null,
    ]);
    expect(rows.map((row) => row.events.map((e) => e.id))).to.deep.equal([['a', 'd'], ['c'], [], [], ['b']]);
  });

  it('has no row for the rest when every event fits, and one row without lanes', () => {
    expect(groupByLane(events.slice(0, 1), LANES)).to.have.length(4);
    const single = groupByLane(events, []);
    expect(single).to.have.length(1);
    expect(single[0]!.lane).to.equal(null);
    expect(single[0]!.events).to.have.length(4);
  });
});

describe('parseIdList', () => {
  it('reads space- or comma-separated actor ids', () => {
    expect(parseIdList(' china  russia ')).to.deep.equal(['china', 'russia']);
    expect(parseIdList('united-states,south-korea, japan')).to.deep.equal([
      'united-states',
      'south-korea',
      'japan',
    ]);
    expect(parseIdList(null)).to.deep.equal([]);
  });
});
