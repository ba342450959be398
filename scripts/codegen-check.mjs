// Fails when src/api/generated/resolvers.ts is not what `npm run codegen` would write: generates in
// memory from codegen.ts (schema/*.graphql, local files only), formats the output with Prettier as
// the config's afterAllFileWrite hook does, and compares. (`graphql-codegen --check` compares the
// output before the hook's formatting, so it always reports the checked-in file stale.)
import { readFileSync } from 'node:fs';
import { generate, loadContext } from '@graphql-codegen/cli';
import prettier from 'prettier';

const context = await loadContext('codegen.ts');
context.updateConfig({ silent: true });
const outputs = await generate(context, false);
let stale = 0;
for (const { filename, content } of outputs) {
  const options = (await prettier.resolveConfig(filename)) ?? {};
  const expected = await prettier.format(content, { ...options, filepath: filename });
  let actual = '';
  try {
    actual = readFileSync(filename, 'utf8');
  } catch {
    // a missing file is stale
  }
  if (actual !== expected) {
    console.error(`${filename} is stale: run npm run codegen`);
    stale++;
  }
}
if (stale) process.exit(1);
console.log(`codegen: ${outputs.length} generated file(s) up to date`);
