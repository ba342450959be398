// Counts type assertions (`as X`, not `as const`), non-null assertions (`x!`) and `any` in src/, per folder.
// node scripts/count-casts.mjs [--list [path prefix]] [--uncommented]
// Issue 11 asks for them to shrink, and for each remaining one to say why it is safe: a comment on its
// line, the line above, or (a cast written over several lines) its last line. --uncommented lists those
// without one and exits 1 if there are any (npm run lint runs it).
// src/api/generated/ (graphql-codegen's output) is not counted.
import { readFileSync } from 'node:fs';
import { glob } from 'tinyglobby';
import ts from 'typescript';

const list = process.argv.includes('--list');
const uncommentedOnly = process.argv.includes('--uncommented');
const next = process.argv[process.argv.indexOf('--list') + 1];
const only = list && next && !next.startsWith('--') ? next : '';
const files = await glob('src/**/*.ts', { cwd: process.cwd(), ignore: ['src/api/generated/**'] });
const per = new Map();
const uncommented = [];
for (const f of files.sort()) {
  const text = readFileSync(f, 'utf8');
  const src = ts.createSourceFile(f, text, ts.ScriptTarget.Latest, true);
  const lineOf = (pos) => src.getLineAndCharacterOfPosition(pos).line;
  // every line a comment touches (comments are trivia: read around each node)
  const commentLines = new Set();
  const addComments = (ranges) => {
    for (const r of ranges ?? []) for (let l = lineOf(r.pos); l <= lineOf(r.end); l++) commentLines.add(l);
  };
  const c = { casts: 0, nonNull: 0, any: 0 };
  const show = (what, n) => {
    const line = lineOf(n.getStart(src));
    const commented = [line, line - 1, lineOf(n.getEnd())].some((l) => commentLines.has(l));
    const where = `${f}:${line + 1} ${what} ${n.getText(src).replace(/\s+/g, ' ').slice(0, 100)}`;
    if (!commented) uncommented.push(where);
    if (list && f.startsWith(only)) console.log(`${where}${commented ? '' : '  (uncommented)'}`);
  };
  const hits = [];
  const visit = (n) => {
    addComments(ts.getLeadingCommentRanges(text, n.getFullStart()));
    addComments(ts.getTrailingCommentRanges(text, n.getEnd()));
    if (
      (ts.isAsExpression(n) || ts.isTypeAssertionExpression(n)) &&
      !(ts.isTypeReferenceNode(n.type) && n.type.typeName.getText(src) === 'const')
    ) {
      c.casts++;
      hits.push(['cast', n]);
    }
    if (ts.isNonNullExpression(n)) {
      c.nonNull++;
      hits.push(['non-null', n]);
    }
    if (n.kind === ts.SyntaxKind.AnyKeyword) {
      c.any++;
      hits.push(['any', n.parent]);
    }
    ts.forEachChild(n, visit);
  };
  visit(src);
  // comments are all collected before any hit is judged (a trailing comment follows the node)
  for (const [what, n] of hits) show(what, n);
  const dir = f.split('/').slice(0, 2).join('/').replace(/\.ts$/, '');
  const t = per.get(dir) ?? { casts: 0, nonNull: 0, any: 0 };
  for (const k of Object.keys(c)) t[k] += c[k];
  per.set(dir, t);
}
if (uncommentedOnly) {
  for (const u of uncommented) console.log(u);
  console.log(`${uncommented.length} without a comment saying why`);
  process.exit(uncommented.length ? 1 : 0);
}
let total = { casts: 0, nonNull: 0, any: 0 };
for (const [d, c] of [...per].sort()) {
  console.log(
    `${d.padEnd(22)} casts ${String(c.casts).padStart(3)}  non-null ${String(c.nonNull).padStart(3)}  any ${String(c.any).padStart(3)}`,
  );
  for (const k of Object.keys(c)) total[k] += c[k];
}
console.log(
  `${'total'.padEnd(22)} casts ${String(total.casts).padStart(3)}  non-null ${String(total.nonNull).padStart(3)}  any ${String(total.any).padStart(3)}  (all ${total.casts + total.nonNull + total.any})`,
);
console.log(`${uncommented.length} without a comment saying why: --uncommented lists them`);
