// What an Eleventy site writes: README's shortcode, which pre-renders a story's timeline at build
// time, and the kit's dist/ copied beside the pages for the two scripts that take it over.
import fs from 'node:fs/promises';
import { renderTimeline } from 'storyline-kit/ssr';

export default function (eleventyConfig) {
  eleventyConfig.addAsyncShortcode('timeline', async (file) =>
    renderTimeline(JSON.parse(await fs.readFile(file, 'utf8'))),
  );
  eleventyConfig.addPassthroughCopy({ 'node_modules/storyline-kit/dist': 'dist' });
  return { dir: { input: 'site', output: '_site' } };
}
