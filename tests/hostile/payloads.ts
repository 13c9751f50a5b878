/**
 * XSS payloads, each of which sets `window.pwned` if it ever runs: event handlers, script tags,
 * SVG, script URLs in links and media, attribute break-outs, mutation-XSS and template-injection
 * shapes. The hostile tests push every one through every field of every input route.
 */
export const PAYLOADS = [
  '<script>window.pwned=1</script>',
  '<img src=x onerror="window.pwned=1">',
  '<svg onload="window.pwned=1"></svg>',
  '<svg><script>window.pwned=1</script></svg>',
  '"><img src=x onerror=window.pwned=1>',
  "'><script>window.pwned=1</script>",
  '<iframe srcdoc="<script>parent.pwned=1</script>"></iframe>',
  '<a href="javascript:window.pwned=1">x</a>',
  '<details open ontoggle="window.pwned=1">',
  '<body onload="window.pwned=1">',
  '<noscript><p title="</noscript><img src=x onerror=window.pwned=1>">',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.pwned=1>',
  '${window.pwned=1}',
  '{{constructor.constructor("window.pwned=1")()}}',
  '<input autofocus onfocus="window.pwned=1">',
  '<style>@import "javascript:window.pwned=1";</style>',
  '<object data="javascript:window.pwned=1"></object>',
];

/** URLs that must never reach an href or src. */
export const BAD_URLS = [
  'javascript:window.pwned=1',
  'JaVaScRiPt:window.pwned=1',
  '  javascript:window.pwned=1',
  '\u0001javascript:window.pwned=1',
  'java\tscript:window.pwned=1',
  'data:text/html,<script>parent.pwned=1</script>',
  'vbscript:msgbox(1)',
];

/** Walks a root and its open shadow roots: every element, with any that carry handlers or script URLs. */
export function findDanger(root: Node): string[] {
  const found: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof Element) {
      if (
        ['script', 'iframe', 'object', 'embed'].includes(node.localName) &&
        !node.closest('[data-test-fixture-script]')
      ) {
        found.push(`<${node.localName}>`);
      }
      for (const attr of node.attributes) {
        if (/^on/i.test(attr.name)) found.push(`${node.localName}[${attr.name}]`);
        if (['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc'].includes(attr.name)) {
          // eslint-disable-next-line no-control-regex -- control characters are what browsers strip from URLs
          const value = attr.value.replace(/[\u0000-\u0020]/g, '').toLowerCase();
          if (/^(javascript|data|vbscript):/.test(value) || attr.name === 'srcdoc')
            found.push(`${node.localName}[${attr.name}=${attr.value}]`);
        }
      }
      if (node.shadowRoot) walk(node.shadowRoot);
    }
    for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return found;
}
