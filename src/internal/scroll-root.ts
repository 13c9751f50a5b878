/**
 * The nearest element that scrolls the given one (itself included), crossing shadow roots; null
 * when the page itself scrolls. Read once per layout, never on the scroll path.
 */
export function findScrollRoot(element: Element): Element | null {
  let node: Element | null = element;
  while (node && node !== document.body && node !== document.documentElement) {
    const { overflowY } = getComputedStyle(node);
    if (overflowY === 'auto' || overflowY === 'scroll' || overflowY === 'overlay') return node;
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
  }
  return null;
}
