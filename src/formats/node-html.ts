/** The HTML reader for Node (the CLI), on parse5: the same text and links as the browser's inert DOMParser gives. */
import { parseFragment } from 'parse5';
import type { Story } from '../core/types.js';
import { fromElements } from './html.js';
import type { HtmlReader } from './timelinejs.js';

type Node = {
  nodeName: string;
  value?: string;
  childNodes?: Node[];
  attrs?: { name: string; value: string }[];
  content?: Node;
};

const SKIP = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object']);
const BLOCK = new Set(['p', 'div', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

export const nodeHtmlReader: HtmlReader = (html) => {
  const links: { text: string; href: string }[] = [];
  const walk = (node: Node): string => {
    if (node.nodeName === '#text') return node.value ?? '';
    if (SKIP.has(node.nodeName)) return '';
    if (node.nodeName === 'br') return '\n';
    const inner = (node.childNodes ?? []).map(walk).join('');
    const href = node.nodeName === 'a' ? node.attrs?.find((a) => a.name === 'href')?.value : undefined;
    if (href !== undefined) links.push({ text: inner.trim(), href });
    return BLOCK.has(node.nodeName) ? `\n${inner}\n` : inner;
  };
  const text = walk(parseFragment(html) as unknown as Node)
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
  return { text, links };
};

/** The few DOM members `fromElements` reads, over a parse5 element. */
function asElement(node: Node): Element {
  const attribute = (name: string) => node.attrs?.find((a) => a.name === name)?.value ?? null;
  const text = (n: Node): string =>
    n.nodeName === '#text' ? (n.value ?? '') : (n.childNodes ?? []).map(text).join('');
  return {
    localName: node.nodeName,
    children: (node.childNodes ?? []).filter((child) => !child.nodeName.startsWith('#')).map(asElement),
    getAttribute: attribute,
    hasAttribute: (name: string) => attribute(name) !== null,
    textContent: text(node),
  } as unknown as Element;
}

/** The story of the first `<story-timeline>` written as declarative HTML in a page, or null. */
export function storyFromHtml(html: string): Story | null {
  const find = (node: Node): Node | undefined =>
    node.nodeName === 'story-timeline'
      ? node
      : (node.childNodes ?? []).reduce<Node | undefined>((found, child) => found ?? find(child), undefined);
  const timeline = find(parseFragment(html) as unknown as Node);
  return timeline ? fromElements(asElement(timeline)).story : null;
}
