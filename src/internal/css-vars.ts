/**
 * `<span style=${cssVars({ '--at': '42%' })}>`: sets custom properties through the CSSOM
 * (`style.setProperty`), never by writing the `style` attribute in the browser, so a page whose
 * Content-Security-Policy forbids inline styles (`style-src 'self'`) still gets them. Lit's
 * styleMap writes the attribute on first render, which such a policy blocks.
 *
 * On the server (and only there) the properties are the attribute's text, so pre-rendered HTML is
 * laid out where the browser would put it; in the browser the directive takes the attribute over
 * through the CSSOM and never writes it. The server's text is code the browser's bundle leaves out
 * (`isServer` is false there).
 *
 * Only the properties whose value changed are written: a write invalidates the element's style
 * even when the value is the same, and a re-render must not restyle what did not move.
 */
import { isServer, noChange, nothing } from 'lit';
import { Directive, directive, type AttributePart, type PartInfo } from 'lit/directive.js';

type Vars = Readonly<Record<string, string | undefined>>;

class CssVarsDirective extends Directive {
  #previous: Vars = {};

  constructor(part: PartInfo) {
    super(part);
    // The server writes the properties as the attribute's text: only a whole `style` will do.
    const { name, strings } = part as Partial<AttributePart>;
    if (name !== 'style' || strings) throw new Error('style=${cssVars(…)}');
  }

  /** What the server writes: the properties as the `style` attribute's text. */
  render(vars: Vars): string | typeof nothing {
    if (!isServer) return nothing;
    return Object.entries(vars)
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => `${name}:${value}`)
      .join(';');
  }

  override update(part: AttributePart, [vars]: [Vars]): typeof noChange {
    const style = part.element.style;
    for (const name of Object.keys(this.#previous)) if (vars[name] === undefined) style.removeProperty(name);
    for (const [name, value] of Object.entries(vars)) {
      if (value !== undefined && value !== this.#previous[name]) style.setProperty(name, value);
    }
    this.#previous = vars;
    // Leave the attribute as the server wrote it (or absent): never write it here.
    return noChange;
  }
}

export const cssVars = directive(CssVarsDirective);
