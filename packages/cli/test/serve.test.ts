import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from '../src/index.ts';

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

const EXAMPLES = join(import.meta.dirname, '../../../spec/0.1/examples/listings');
const POSTCODES = join(import.meta.dirname, '../../server/test/fixtures/postcodes.csv');

describe('openyouth serve', () => {
  // One child process for the whole story: starting the CLI from source takes seconds.
  it('harvests the bundled example feeds into a temporary store, serves them, searchable near postcodes from --postcodes, and stops on SIGTERM', async () => {
    const { url, output } = await startServe(['serve', '--port', '0', '--postcodes', POSTCODES]);
    expect(output()).toContain('Harvested 17 example listings from 12 example feeds into a temporary store.');
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
    // Each organisation's feed was harvested as its own source, with its provenance kept.
    const feed = (await (await fetch(`${url}/feeds/listings`)).json()) as {
      items: { data: { 'openyouth:provenance': { members: { sourceId: string }[] } } }[];
    };
    const sources = feed.items.flatMap((item) =>
      item.data['openyouth:provenance'].members.map((m) => m.sourceId),
    );
    expect([feed.items.length, new Set(sources).size]).toEqual([17, 12]);
    expect(sources).toContain('kestrelyouth-org-uk');
    const exited = new Promise((resolve) => child?.on('exit', resolve));
    child?.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 30_000);

  it('says the port is taken, and how to choose another, when something else listens there', async () => {
    const taken = createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const { port } = taken.address() as AddressInfo;
    const store = join(await mkdtemp(join(tmpdir(), 'openyouth-serve-')), 'hub.db');
    const lines: string[] = [];
    const output = { log: (line: string) => lines.push(line), error: (line: string) => lines.push(line) };
    const code = await main(['node', 'openyouth', 'serve', '--port', String(port), '--store', store], output);
    taken.close();
    expect(code).toBe(2);
    expect(lines).toEqual([
      `Cannot serve on 127.0.0.1:${port}: something else (another openyouth serve?) is listening there. Stop it, or choose another port with --port.`,
    ]);
  });

  it('serves a store a provider publishes into with a key from `openyouth publishers add`', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'openyouth-serve-'));
    const store = join(directory, 'hub.db');
    const lines: string[] = [];
    const output = { log: (line: string) => lines.push(line), error: (line: string) => lines.push(line) };
    const organizer = {
      type: 'Organization',
      id: 'https://brightfutures-youth.org.uk/#organization',
      name: 'Bright Futures',
    };
    expect(
      await main(
        [
          'node',
          'openyouth',
          'publishers',
          'add',
          '--organization',
          organizer.id,
          '--label',
          'Bright Futures office',
          '--store',
          store,
        ],
        output,
      ),
    ).toBe(0);
    const key = lines.find((line) => line.startsWith('oy_')) as string;
    expect(key).toMatch(/^oy_[0-9a-f]{8}_/);

    const { url } = await startServe(['serve', '--port', '0', '--store', store]);
    const listing = JSON.parse(readFileSync(join(EXAMPLES, 'clifton-youth-club.json'), 'utf8'));
    const written = {
      ...listing,
      id: 'https://brightfutures-youth.org.uk/listings/club',
      url: undefined,
      organizer,
    };
    const path = `${url}/listings/${encodeURIComponent(written.id)}`;
    const put = await fetch(path, {
      method: 'PUT',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify(written),
    });
    expect(put.status).toBe(201);
    expect(((await (await fetch(path)).json()) as { id: string }).id).toBe(written.id);

    lines.length = 0;
    await main(['node', 'openyouth', 'publishers', 'list', '--store', store], output);
    expect(lines).toEqual([
      expect.stringMatching(
        /^[0-9a-f]{8} {2}https:\/\/brightfutures-youth\.org\.uk\/#organization {2}Bright Futures office {2}created /,
      ),
    ]);
    expect(lines.join('\n')).not.toContain(key.slice(12));
    const keyId = key.slice(3, 11);
    expect(await main(['node', 'openyouth', 'publishers', 'revoke', keyId, '--store', store], output)).toBe(
      0,
    );
    expect(await main(['node', 'openyouth', 'publishers', 'revoke', keyId, '--store', store], output)).toBe(
      1,
    );
    const refused = await fetch(path, { method: 'DELETE', headers: { authorization: `Bearer ${key}` } });
    expect(refused.status).toBe(401);
  }, 30_000);
});
