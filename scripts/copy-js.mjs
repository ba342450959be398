// After `tsc`: plain JavaScript modules in src/ (.mjs/.cjs, typed by a .d.mts beside them) are not
// emitted by tsc, so they are copied into dist/src/ as they are.
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');
for (const e of readdirSync(src, { recursive: true, withFileTypes: true })) {
  if (!e.isFile() || !/\.(mjs|cjs)$/.test(e.name)) continue;
  const from = join(e.parentPath, e.name);
  const to = join(root, 'dist', 'src', relative(src, from));
  mkdirSync(dirname(to), { recursive: true });
  copyFileSync(from, to);
}
