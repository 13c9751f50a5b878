/**
 * `storyline validate <files…>`: checks story files and prints `file: path: message` for every
 * problem. Exit code 1 when any file has errors, 0 otherwise; warnings never fail.
 */
import { readFile } from 'node:fs/promises';
import { parseStory } from './core/validate.js';

const USAGE = 'usage: storyline validate <story.json…>';

export async function validateFiles(files: string[], out: (line: string) => void): Promise<boolean> {
  let ok = true;
  for (const file of files) {
    let input: unknown;
    try {
      input = JSON.parse(await readFile(file, 'utf8'));
    } catch (error) {
      out(`${file}: ${(error as Error).message}`);
      ok = false;
      continue;
    }
    if (isJsonSchema(input)) {
      out(`${file}: skipped, a JSON Schema rather than a story`);
      continue;
    }
    const { errors, warnings, story } = parseStory(input);
    for (const e of errors) out(`${file}: ${e.path}: ${e.message}`);
    for (const w of warnings) out(`${file}: ${w.path}: warning: ${w.message}`);
    if (errors.length) ok = false;
    else out(`${file}: ok, ${story?.events.length ?? 0} events`);
  }
  return ok;
}

/** `events/schema.json` sits beside the stories, so `events/*.json` names it too. */
function isJsonSchema(input: unknown): boolean {
  const schema = (input as { $schema?: unknown } | null)?.$schema;
  return typeof schema === 'string' && schema.startsWith('https://json-schema.org/');
}

async function main(args: string[]): Promise<number> {
  const [command, ...files] = args;
  if (command !== 'validate' || files.length === 0) {
    console.error(USAGE);
    return 2;
  }
  return (await validateFiles(files, (line) => console.log(line))) ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
