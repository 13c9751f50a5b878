/**
 * Where `dist/hydrate.js` leaves Lit's `hydrate(value, container, options)`, for the islands that
 * take their server HTML over after their host (see `island.ts`): the bundle does not carry it.
 */
export const HYDRATE = Symbol.for('storyline-kit.hydrate');
