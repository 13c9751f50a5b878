/** The component's own words, in one place, so that a page (and later each locale) can replace them. */
export const messages = {
  loading: 'Loading the timeline…',
  timeline: 'Timeline',
  axis: 'Time axis',
  filterBy: 'Show events involving',
  showAll: 'All',
  sources: 'Sources',
  source: 'Source',
  noEvents: 'No events to show.',
  noEventsForFilter: 'No events involve the selected actors.',
  errorTitle: 'This timeline has a problem',
  errorsMore: (count: number) => `and ${count} more`,
  invalidEvents: (count: number) =>
    `${count} ${count === 1 ? 'entry was' : 'entries were'} left out or shortened:`,
  eventCount: (count: number) => `${count} ${count === 1 ? 'event' : 'events'}`,
  era: 'Era',
};

export type Messages = typeof messages;
