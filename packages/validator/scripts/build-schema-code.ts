/**
 * Writes `src/schema/generated/*.js`: the published schemas compiled by ajv into standalone code,
 * so the validator starts without compiling (and without `new Function`, which browsers' CSP may forbid).
 * Run with `pnpm validator:schema`; a test fails when the committed files differ from what this emits.
 */
import { writeFile } from 'node:fs/promises';
import { buildSchemaModules, DECLARATION } from './schema-code.ts';

const outDir = new URL('../src/schema/generated/', import.meta.url);
for (const [name, code] of buildSchemaModules()) {
  await writeFile(new URL(name, outDir), code);
  await writeFile(new URL(name.replace(/\.js$/, '.d.ts'), outDir), DECLARATION);
}
