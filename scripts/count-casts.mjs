// Counts type assertions (`as X`, not `as const`), non-null assertions (`x!`) and `any` in src/, per folder.
// node scripts/count-casts.mjs [--list [path prefix]] — issue 11 asks for them to shrink, each remaining one commented.
import { readFileSync } from 'node:fs';
import { glob } from 'tinyglobby';
import ts from 'typescript';

const list = process.argv.includes('--list');
const only = list ? (process.argv[process.argv.indexOf('--list') + 1] ?? '') : '';
const files = await glob('src/**/*.ts', { cwd: process.cwd() });
const per = new Map();
for (const f of files.sort()) {
  const src = ts.createSourceFile(f, readFileSync(f, 'utf8'), ts.ScriptTarget.Latest, true);
  const c = { casts: 0, nonNull: 0, any: 0 };
  const show = (what, n) => {
    if (list && f.startsWith(only))
      console.log(
        `${f}:${src.getLineAndCharacterOfPosition(n.getStart(src)).line + 1} ${what} ${n.getText(src).replace(/\s+/g, ' ').slice(0, 100)}`,
      );
  };
  const visit = (n) => {
    if (
      (ts.isAsExpression(n) || ts.isTypeAssertionExpression(n)) &&
      !(ts.isTypeReferenceNode(n.type) && n.type.typeName.getText(src) === 'const')
    ) {
      c.casts++;
      show('cast', n);
    }
    if (ts.isNonNullExpression(n)) {
      c.nonNull++;
      show('non-null', n);
    }
    if (n.kind === ts.SyntaxKind.AnyKeyword) {
      c.any++;
      show('any', n.parent);
    }
    ts.forEachChild(n, visit);
  };
  visit(src);
  const dir = f.split('/').slice(0, 2).join('/').replace(/\.ts$/, '');
  const t = per.get(dir) ?? { casts: 0, nonNull: 0, any: 0 };
  for (const k of Object.keys(c)) t[k] += c[k];
  per.set(dir, t);
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
