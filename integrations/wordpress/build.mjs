// `npm run build:wordpress` (after `npm run build`): the plugin folder plus the kit's bundle
// (dist/storyline.js and its chunks) and dist/storyline.css, in the plugin's assets/ →
// dist/storyline-wordpress.zip, installable from Plugins → Add New → Upload. The zip is written here with node:zlib, so the
// build needs no zip program.
import { Buffer } from 'node:buffer';
import process from 'node:process';
import { deflateRawSync, crc32 } from 'node:zlib';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const plugin = fileURLToPath(new URL('./storyline/', import.meta.url));
const dist = join(root, 'dist');
const out = join(dist, 'storyline-wordpress.zip');

/** Every file under a folder, as [path in the zip, path on disk]. */
function walk(dir, prefix, keep = () => true) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return walk(path, `${prefix}${name}/`, keep);
    return keep(name) ? [[`${prefix}${name}`, path]] : [];
  });
}

if (!existsSync(join(dist, 'storyline.js'))) {
  console.error('dist/storyline.js is missing: run `npm run build` first');
  process.exit(1);
}

const isScript = (name) => name.endsWith('.js');
const files = [
  // A bundle left in the folder by a test run is not the one shipped: the build's is.
  ...walk(plugin, 'storyline/').filter(([name]) => !name.startsWith('storyline/assets/')),
  ['storyline/assets/storyline.js', join(dist, 'storyline.js')],
  ['storyline/assets/storyline.css', join(dist, 'storyline.css')],
  ...walk(join(dist, 'chunks'), 'storyline/assets/chunks/', isScript),
];

/** A zip (PKZIP 2.0: deflated entries, a central directory), the format every unzip reads. */
function zip(entries) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const [name, path] of entries) {
    const data = readFileSync(path);
    const packed = deflateRawSync(data, { level: 9 });
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    // DOS time 00:00 on 1 January 2020: the zip does not depend on when it was built.
    const header = (signature, size) => {
      const b = Buffer.alloc(size);
      b.writeUInt32LE(signature, 0);
      return b;
    };
    const local = header(0x04034b50, 30);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // names are UTF-8
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE((40 << 9) | (1 << 5) | 1, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = header(0x02014b50, 46);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    local.copy(central, 8, 6, 30); // flags … name length, as in the local header
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

writeFileSync(out, zip(files));
console.log(`${relative(root, out)}: ${files.length} files, ${(statSync(out).size / 1024).toFixed(1)} KB`);
