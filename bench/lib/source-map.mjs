// Which source file a position in a bundle came from, by its source map (version 3, VLQ mappings).
const DIGITS = new Map(
  [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]),
);

function decode(segment) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = DIGITS.get(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    values.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = shift = 0;
  }
  return values;
}

/** `(line, column)`, both from 0 as V8 gives them → the source's path (node_modules/… or src/…). */
export function sourceLookup(map) {
  const lines = [];
  let source = 0;
  for (const line of map.mappings.split(';')) {
    let column = 0;
    const segments = [];
    for (const segment of line.split(',')) {
      if (!segment) continue;
      const [dc, ds] = decode(segment);
      column += dc;
      if (ds !== undefined) source += ds;
      // The other fields (line, column, name in the source) are not needed here.
      segments.push([column, source]);
    }
    lines.push(segments);
  }
  const names = map.sources.map((path) => path.replace(/^(\.\.\/)+/, ''));
  return (line, column) => {
    const segments = lines[line] ?? [];
    let lo = 0;
    let hi = segments.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segments[mid][0] <= column) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found < 0 ? '(bundle, unmapped)' : names[segments[found][1]];
  };
}
