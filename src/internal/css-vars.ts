/**
 * `<span ${cssVars({ '--at': '42%' })}>`: sets custom properties through the CSSOM
 * (`style.setProperty`), never through a `style` attribute, so a page whose Content-Security-
 * Policy forbids inline styles (`style-src 'self'`) still gets them. Lit's styleMap writes the
 * attribute on first render, which such a policy blocks.
 */
import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

class CssVarsDirective extends Directive {
  #previous = new Set<string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT)
      throw new Error('cssVars() goes on an element: <span ${cssVars({…})}>');
  }

  render(_vars: Readonly<Record<string, string | undefined>>): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [vars]: [Readonly<Record<string, string | undefined>>]): typeof nothing {
    const style = (part.element as HTMLElement).style;
    for (const name of this.#previous) if (vars[name] === undefined) style.removeProperty(name);
    this.#previous = new Set();
    for (const [name, value] of Object.entries(vars)) {
      if (value === undefined) continue;
      style.setProperty(name, value);
      this.#previous.add(name);
    }
    return nothing;
  }
}

export const cssVars = directive(CssVarsDirective);
