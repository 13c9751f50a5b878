// What an Astro site writes, in folders of its own beside the Vite app's. The kit's dist/ is
// copied into its public files (the test does it before the build, as a site's prebuild step
// would), so that it is at /dist/ for the two tags that take the pre-rendered timeline over.
import { defineConfig } from 'astro/config';

export default defineConfig({
  srcDir: './astro',
  publicDir: './astro/public',
  outDir: './_astro-site',
  logLevel: 'warn',
});
