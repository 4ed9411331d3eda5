// Writes spec/<version>/ and docs/reference/ from the TypeBox source. Run with `pnpm spec:build`.
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSpecFiles, GENERATED_DIRECTORIES } from '../src/emit/spec-files.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const files = buildSpecFiles();
for (const directory of GENERATED_DIRECTORIES)
  await rm(join(root, directory), { recursive: true, force: true });
for (const [path, content] of files) {
  await mkdir(dirname(join(root, path)), { recursive: true });
  await writeFile(join(root, path), content);
}
console.log(`Wrote ${files.size} files.`);
