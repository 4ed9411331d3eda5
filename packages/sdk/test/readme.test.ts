import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const PACKAGE = new URL('../', import.meta.url);

/** The first ```ts block of the README: the one a reader copies first. */
function firstTsBlock(markdown: string): string {
  const match = markdown.match(/^```ts\n([\s\S]*?)^```/m);
  if (!match?.[1]) throw new Error('packages/sdk/README.md has no ```ts block');
  return match[1];
}

describe('packages/sdk/README.md', () => {
  it('has a first example that runs and prints the tombstone it published', { timeout: 20_000 }, async () => {
    const code = firstTsBlock(readFileSync(new URL('README.md', PACKAGE), 'utf8'));
    // Run from the package folder so `@openyouth/sdk` resolves to this package (a self-reference).
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--conditions=@openyouth/source', '--input-type=module-typescript', '--eval', code],
      { cwd: fileURLToPath(PACKAGE), timeout: 20_000 },
    );
    expect(stdout).toBe('deleted https://example.org/listings/old-club\n');
  });
});
