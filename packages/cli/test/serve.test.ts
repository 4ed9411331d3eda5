import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const MAIN = join(import.meta.dirname, '../src/main.ts');
let child: ChildProcess | undefined;
afterEach(() => {
  child?.kill('SIGKILL');
});

/** Runs `openyouth serve …` from source in a child process and resolves to the URL it prints. */
function startServe(args: string[]): Promise<{ url: string; output: () => string }> {
  const script = `import { main } from ${JSON.stringify(MAIN)}; process.exitCode = await main(['node', 'openyouth', ...process.argv.slice(1)]);`;
  child = spawn(
    process.execPath,
    ['--conditions=@openyouth/source', '--input-type=module', '-e', script, ...args],
    {
      env: { ...process.env, DATABASE_URL: '' },
    },
  );
  let text = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`serve printed no URL within 20 s:\n${text}`)), 20_000);
    child?.stdout?.on('data', (chunk) => {
      text += chunk;
      const match = /at (http:\/\/127\.0\.0\.1:\d+)\//.exec(text);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve({ url: match[1], output: () => text });
      }
    });
    child?.stderr?.on('data', (chunk) => {
      text += chunk;
    });
    child?.on('exit', (code) => reject(new Error(`serve exited with ${code}:\n${text}`)));
  });
}

const POSTCODES = join(import.meta.dirname, '../../server/test/fixtures/postcodes.csv');

describe('openyouth serve', () => {
  // One child process for the whole story: starting the CLI from source takes seconds.
  it('serves the bundled examples from a temporary store, searchable near postcodes from --postcodes, and stops on SIGTERM', async () => {
    const { url, output } = await startServe(['serve', '--port', '0', '--postcodes', POSTCODES]);
    expect(output()).toContain('Loaded 17 example listings into a temporary store.');
    expect(output()).toContain(`Imported 14 postcodes from ${POSTCODES}.`);
    const names = async (query: string) => {
      const response = await fetch(`${url}/listings?${query}`);
      expect(response.status).toBe(200);
      return ((await response.json()) as { items: { listing: { name: string } }[] }).items.map(
        (item: { listing: { name: string } }) => item.listing.name,
      );
    };
    expect(await names('postcode=NG11+8AQ&radiusKm=2')).toEqual(['Clifton Youth Club', 'Prism Online']);
    expect(await names('postcode=g213an&radiusKm=1&attendanceMode=in-person')).toEqual([
      'Young Carers Chill Club',
    ]);
    const exited = new Promise((resolve) => child?.on('exit', resolve));
    child?.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 30_000);
});
