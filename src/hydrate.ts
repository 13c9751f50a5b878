// Entry of dist/hydrate.js: Lit's hydration support, for pages whose timelines were rendered on the
// server (`storyline-kit/ssr`, `storyline render`). Load it before dist/storyline.js:
//
//   <script type="module" src="dist/hydrate.js"></script>
//   <script type="module" src="dist/storyline.js"></script>
//
// It has to run before Lit does (Lit calls it as it starts), so it is a file of its own, with its own
// copy of lit-html's renderer, and only pre-rendered pages pay for it: storyline.js stays the same.
// An element whose shadow root came with the HTML then takes over its DOM rather than render it again.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
