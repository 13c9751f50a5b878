/** The HTML reader for Node (the CLI), on parse5: the same text and links as the browser's inert DOMParser gives. */
import { parseFragment } from 'parse5';
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
