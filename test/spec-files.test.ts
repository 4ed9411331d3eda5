import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { buildSpecFiles, GENERATED_DIRECTORIES, SPEC_VERSION } from '@openyouth/schema';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const generated = buildSpecFiles();
const STALE_HINT = 'The generated files are stale: run `pnpm spec:build` and commit the result.';

async function listFiles(directory: string): Promise<string[]> {
  const entries = await readdir(join(root, directory), { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(root.length).replace(/^\//, ''));
}

describe('generated spec and reference docs', () => {
  it.each([...generated.keys()])('%s is checked in as the build emits it', async (path) => {
    const onDisk = await readFile(join(root, path), 'utf8').catch(() => undefined);
    expect(onDisk, STALE_HINT).toBe(generated.get(path));
  });

  it('leaves no stale generated file behind', async () => {
    const schemaFiles = (await readdir(join(root, `spec/${SPEC_VERSION}`)))
      .filter((name) => name.endsWith('.schema.json'))
      .map((name) => `spec/${SPEC_VERSION}/${name}`);
    const owned = (await Promise.all(GENERATED_DIRECTORIES.map(listFiles))).flat();
    const stale = [...schemaFiles, ...owned].filter((path) => !generated.has(path));
    expect(stale, STALE_HINT).toEqual([]);
  });
});
