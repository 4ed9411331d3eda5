import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const bin = `${root}node_modules/.bin/openyouth`;
const run = (...args: string[]) => promisify(execFile)(bin, args, { cwd: root });

// Starting the built CLI takes about 3 s here, more on a busy CI machine.
describe('the installed openyouth binary', { timeout: 30_000 }, () => {
  it('is on node_modules/.bin after install and validates a file', async () => {
    const { stdout } = await run('validate', 'spec/0.1/examples/dataset.json');
    expect(stdout).toContain('✓ spec/0.1/examples/dataset.json (dataset)');
  });

  it('exits 1 on an invalid listing', async () => {
    const path = join(await mkdtemp(join(tmpdir(), 'openyouth-bin-')), 'listing.json');
    await writeFile(path, JSON.stringify({ type: 'Listing' }));
    await expect(run('validate', path)).rejects.toMatchObject({ code: 1 });
  });
});
