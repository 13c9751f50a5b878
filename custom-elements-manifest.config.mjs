// The manifest analyzer's settings (the globs are on the `manifest` script's command line). Its
// plugin writes the elements' JSX types (Preact, Solid, React 19…) from the manifest it builds,
// so they follow the components' docs: `storyline-kit/jsx`.
import { jsxTypesPlugin } from '@wc-toolkit/jsx-types';

export default {
  plugins: [
    jsxTypesPlugin({
      outdir: 'dist/jsx',
      fileName: 'index.d.ts',
      // The element classes, from the package's main entry (relative to dist/jsx/).
      globalTypePath: '../index.js',
      stronglyTypedEvents: true,
    }),
  ],
};
