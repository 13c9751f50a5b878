/**
 * A function that remembers its last call: called again with the same arguments (`===`, one by
 * one), it returns the same result without working it out again. For what a render derives from
 * a story (the scale, counts, the marks' path), which changes with the story, not on scroll.
 */
export function rememberLast<A extends readonly unknown[], R>(work: (...args: A) => R): (...args: A) => R {
  let last: { args: A; result: R } | undefined;
  return (...args: A): R => {
    const before = last?.args;
    if (!last || !before || before.length !== args.length || args.some((arg, i) => arg !== before[i])) {
      last = { args, result: work(...args) };
    }
    return last.result;
  };
}
