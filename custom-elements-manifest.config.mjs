// The manifest analyzer's settings (the globs are on the `manifest` script's command line). A
// plugin writes the elements' JSX types (Preact, Solid, React 19…) with @wc-toolkit/jsx-types
// from the manifest just built, so they follow the components' docs: `storyline-kit/jsx`.
import { generateJsxTypes } from '@wc-toolkit/jsx-types';

/**
 * The JSX types cover the tagged elements only: a base class with no tag (DataElement) is not
 * exported from the package's entry, which the types import the element classes from.
 */
function jsxTypes() {
  return {
    name: 'storyline-jsx-types',
    packageLinkPhase({ customElementsManifest }) {
      const manifest = structuredClone(customElementsManifest);
      for (const module of manifest.modules) {
        module.declarations = module.declarations?.filter((d) => !d.customElement || d.tagName);
      }
      generateJsxTypes(manifest, {
        outdir: 'dist/jsx',
        fileName: 'index.d.ts',
        // The element classes and event details, from the package's main entry (from dist/jsx/).
        globalTypePath: '../index.js',
        stronglyTypedEvents: true,
      });
    },
  };
}

export default { plugins: [jsxTypes()] };
