import type { TimelineJSFile } from './timelinejs.js';

/** True when a parsed JSON document looks like a TimelineJS file rather than a story. */
export function isTimelineJS(input: unknown): input is TimelineJSFile {
  const events = (input as TimelineJSFile | null)?.events;
  return (
    Array.isArray(events) && events.some((e) => typeof e === 'object' && e !== null && 'start_date' in e)
  );
}
