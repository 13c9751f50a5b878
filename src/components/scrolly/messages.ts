/** The scrolly's own words, in one place, so that a page can replace them (`el.messages = { … }`). */
export const scrollyMessages = {
  loading: 'Loading the story…',
  graphic: 'Timeline',
  axis: (from: string, to: string) => `Time axis from ${from} to ${to}`,
  axisAt: (from: string, to: string, at: string) => `Time axis from ${from} to ${to}, marked at ${at}`,
  other: 'Other',
  source: 'Source',
  sources: 'Sources',
  errorTitle: 'This story has a problem',
  invalidEntries: (count: number) =>
    `${count} ${count === 1 ? 'entry was' : 'entries were'} left out or shortened.`,
};

export type ScrollyMessages = typeof scrollyMessages;
