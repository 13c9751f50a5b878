/**
 * `<span ${cssVars({ '--at': '42%' })}>`: sets custom properties through the CSSOM
 * (`style.setProperty`), never through a `style` attribute, so a page whose Content-Security-
 * Policy forbids inline styles (`style-src 'self'`) still gets them. Lit's styleMap writes the
 * attribute on first render, which such a policy blocks.
 *
 * Only the properties whose value changed are written: a write invalidates the element's style
 * even when the value is the same, and a re-render must not restyle what did not move.
 */
import { nothing } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

type Vars = Readonly<Record<string, string | undefined>>;

class CssVarsDirective extends Directive {
  #previous: Vars = {};

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT)
      throw new Error('cssVars() goes on an element: <span ${cssVars({…})}>');
  }

  render(_vars: Vars): typeof nothing {
    return nothing;
  }

  override update(part: ElementPart, [vars]: [Vars]): typeof nothing {
    const style = (part.element as HTMLElement).style;
    for (const name of Object.keys(this.#previous)) if (vars[name] === undefined) style.removeProperty(name);
    for (const [name, value] of Object.entries(vars)) {
      if (value !== undefined && value !== this.#previous[name]) style.setProperty(name, value);
    }
    this.#previous = vars;
    return nothing;
  }
}

export const cssVars = directive(CssVarsDirective);
