/** Writes docs/rules/: one page per notice code and an index. Run with `pnpm rules:docs`. */
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildRuleDocs, RULE_DOCS_DIR } from './rule-docs.ts';

const root = new URL('../../../', import.meta.url).pathname;
const files = buildRuleDocs();
await mkdir(join(root, RULE_DOCS_DIR), { recursive: true });
// Pages of codes that no longer exist go, so the folder is exactly what the catalogue documents.
for (const name of await readdir(join(root, RULE_DOCS_DIR))) {
  if (!files.has(`${RULE_DOCS_DIR}/${name}`)) await rm(join(root, RULE_DOCS_DIR, name));
}
for (const [path, content] of files) await writeFile(join(root, path), content);
