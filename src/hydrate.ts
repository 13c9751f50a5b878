// Entry of dist/hydrate.js, for pages whose timelines were rendered on the server
// (`storyline-kit/ssr`, `storyline render`). It is the one script such a page needs:
//
//   <link rel="modulepreload" href="dist/storyline.js" />
//   <script type="module" src="dist/hydrate.js"></script>
//
// It installs Lit's hydration support, which has to run before Lit does (Lit calls it as it
// starts), so it is a file of its own, with its own copy of lit-html's renderer, and only
// pre-rendered pages pay for it. An element whose shadow root came with the HTML then takes over
// its DOM rather than render it again.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import { hydrate } from '@lit-labs/ssr-client';
import { HYDRATE } from './internal/hydrate-hook.js';

// The cards and the axis' marks are islands (`internal/island.ts`), taken over after their timeline,
// each in a task of its own: they hydrate with this file's Lit, which the bundle does not carry.
(globalThis as { [HYDRATE]?: typeof hydrate })[HYDRATE] = hydrate;

// Then, once the page has been painted, storyline.js (preloaded, not yet run): the reader sees the
// server's HTML before any of the kit's script runs. A page that also loads storyline.js itself
// gets the one module, run once.
requestAnimationFrame(() => setTimeout(() => import('./storyline.js')));
