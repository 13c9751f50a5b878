/**
 * Lanes: the rows of the scrolly's axis, one per thread of the story (like TimelineJS groups).
 * A lane is a set of actors; the story format has no lanes of its own, so each event goes to the
 * lane whose actors it shares most. Pure functions, no DOM.
 */

export interface Lane {
  /** The row's name on the axis: "China–Russia". */
  label: string;
  /** Actor ids (from the story's `actors`) the lane follows. */
  actors: readonly string[];
}

/** Anything with optional actor ids: a story event. */
export interface HasActors {
  readonly actors?: readonly string[];
}

/**
 * The lane an event belongs to: the one that shares the most actors with it; on a tie, the one
 * holding the event's first (leading) actor; then the first such lane in the given order.
 * `undefined` when the event shares no actor with any lane.
 */
export function laneOf(event: HasActors, lanes: readonly Lane[]): Lane | undefined {
  const actors = event.actors ?? [];
  const lead = actors[0];
  let best: Lane | undefined;
  let bestScore = 0;
  for (const lane of lanes) {
    const shared = actors.filter((id) => lane.actors.includes(id)).length;
    if (shared === 0) continue;
    // Shared actors count whole; holding the lead actor only breaks ties (it is worth less than one).
    const score = shared + (lead !== undefined && lane.actors.includes(lead) ? 0.5 : 0);
    if (score > bestScore) {
      best = lane;
      bestScore = score;
    }
  }
  return best;
}

export interface LaneRow<E> {
  /** The lane, or `null` for the row of events that fit no lane. */
  lane: Lane | null;
  events: E[];
}

/**
 * Sorts events into rows: one per lane, in the lanes' order (empty lanes included), then one row
 * (`lane: null`) for the events that fit none, only when there are such events. With no lanes,
 * every event is in one row. Events keep their order within a row.
 */
export function groupByLane<E extends HasActors>(events: readonly E[], lanes: readonly Lane[]): LaneRow<E>[] {
  if (lanes.length === 0) return [{ lane: null, events: [...events] }];
  const rows = new Map<Lane | null, E[]>(lanes.map((lane) => [lane, []]));
  const rest: E[] = [];
  for (const event of events) {
    const lane = laneOf(event, lanes);
    if (lane) rows.get(lane)?.push(event);
    else rest.push(event);
  }
  const result: LaneRow<E>[] = [...rows].map(([lane, list]) => ({ lane, events: list }));
  if (rest.length) result.push({ lane: null, events: rest });
  return result;
}
