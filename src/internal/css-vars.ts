/**
 * `<span style=${cssVars({ '--at': '42%' })}>` (or `<span ${cssVars(…)}>`): sets custom properties
 * through the CSSOM (`style.setProperty`), never by writing the `style` attribute in the browser,
 * so a page whose Content-Security-Policy forbids inline styles (`style-src 'self'`) still gets
 * them. Lit's styleMap writes the attribute on first render, which such a policy blocks.
 *
 * On the `style` attribute it also renders on the server: there (and only there) the properties
 * are the attribute's text, so pre-rendered HTML is laid out where the browser would put it; in the
 * browser the directive takes the attribute over through the CSSOM and never writes it. On an
 * element (`<span ${cssVars(…)}>`) the server renders nothing, so shared markup uses the attribute.
 *
 * Only the properties whose value changed are written: a write invalidates the element's style
 * even when the value is the same, and a re-render must not restyle what did not move.
 */
import { noChange, nothing } from 'lit';
import {
  Directive,
  directive,
  PartType,
  type AttributePart,
  type ElementPart,
  type PartInfo,
} from 'lit/directive.js';

type Vars = Readonly<Record<string, string | undefined>>;

class CssVarsDirective extends Directive {
  #previous: Vars = {};

  constructor(part: PartInfo) {
    super(part);
    const onStyle = part.type === PartType.ATTRIBUTE && part.name === 'style' && !part.strings;
    if (part.type !== PartType.ELEMENT && !onStyle)
      throw new Error('cssVars() goes on an element or is its whole style: <span style=${cssVars({…})}>');
  }

  /** What the server writes: the properties as the `style` attribute's text. */
  render(vars: Vars): string {
    return Object.entries(vars)
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => `${name}:${value}`)
      .join(';');
  }

  override update(part: ElementPart | AttributePart, [vars]: [Vars]): typeof nothing | typeof noChange {
    const style = (part.element as HTMLElement).style;
    for (const name of Object.keys(this.#previous)) if (vars[name] === undefined) style.removeProperty(name);
    for (const [name, value] of Object.entries(vars)) {
      if (value !== undefined && value !== this.#previous[name]) style.setProperty(name, value);
    }
    this.#previous = vars;
    // On the attribute: leave it as the server wrote it (or absent), never write it here.
    return part.type === PartType.ATTRIBUTE ? noChange : nothing;
  }
}

export const cssVars = directive(CssVarsDirective);
