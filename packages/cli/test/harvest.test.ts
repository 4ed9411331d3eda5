import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createStore } from '@openyouth/aggregator';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main, type Output } from '../src/index.ts';

const PAGES = 30;
const PER_PAGE = 20;
const listing = (n: number, club: string) => ({
  type: 'Listing',
  id: `https://${club}.example.org.uk/listings/${n}`,
  name: `Session ${n}`,
  summary: 'A friendly session for young people.',
  kind: 'group',
  categories: ['youth-clubs'],
  organizer: { type: 'Organization', id: 'https://club.example.org.uk/#org', name: 'Example Club' },
  dateModified: '2026-11-01T10:00:00Z',
  ageRange: { minValue: 11, maxValue: 16 },
  attendanceMode: 'online',
  isAccessibleForFree: true,
});

// Slow RPDE feeds on loopback: PAGES pages of PER_PAGE items, modified = item number. /feed is the
// club's; any other path, a club of that name's.
let server: Server;
let base: string;
let served = 0;
beforeAll(async () => {
  server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', base);
    if (url.pathname === '/gone') return response.writeHead(404).end();
    served++;
    const after = Number(url.searchParams.get('afterTimestamp') ?? 0);
    const items = Array.from({ length: PER_PAGE }, (_, i) => after + i + 1)
      .filter((n) => n <= PAGES * PER_PAGE)
      .map((n) => ({
        state: 'updated',
        kind: 'Listing',
        id: String(n).padStart(6, '0'),
        modified: n,
        data: listing(n, url.pathname === '/feed' ? 'club' : url.pathname.slice(1)),
      }));
    const last = items.at(-1);
    const next = last
      ? `${base}${url.pathname}?afterTimestamp=${last.modified}&afterId=${last.id}`
      : `${base}${request.url}`;
    setTimeout(() => {
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify({ next, items, license: 'https://creativecommons.org/licenses/by/4.0/' }));
    }, 15);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

async function workspace(sources: { id: string; path: string }[]) {
  const directory = await mkdtemp(join(tmpdir(), 'openyouth-harvest-'));
  const catalogue = join(directory, 'hub.yaml');
  const lines = sources
    .map((s) => `  - id: ${s.id}\n    url: ${base}${s.path}\n    format: openyouth\n`)
    .join('');
  await writeFile(catalogue, `sources:\n${lines}allow:\n  loopback: true\n`);
  return { catalogue, store: join(directory, 'store.db') };
}

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const output: Output = { log: (line) => out.push(line), error: (line) => err.push(line) };
  return {
    code: await main(['node', 'openyouth', ...args], output),
    out: out.join('\n'),
    err: err.join('\n'),
  };
}

describe('openyouth harvest', () => {
  it('harvests every source, reports each, and exits 1 when one failed', async () => {
    const { catalogue, store } = await workspace([
      { id: 'club', path: '/feed' },
      { id: 'gone', path: '/gone' },
    ]);
    const { code, out } = await run('harvest', '--catalogue', catalogue, '--store', store);
    expect(code).toBe(1);
    expect(out).toContain(
      `✓ club: ${PAGES + 1} pages, ${PAGES * PER_PAGE} changed, 0 unchanged, 0 deleted, 0 with errors`,
    );
    expect(out).toMatch(/✗ gone: .*404/);
    expect(out).toContain('\n1 of 2 sources harvested, 1 failed (gone).\n');
    expect(out).toContain(`Merged directory: ${PAGES * PER_PAGE} listings`);
  }, 60_000);

  it('says so when another harvester holds a source, rather than reporting it harvested', async () => {
    const { catalogue, store } = await workspace([{ id: 'club', path: '/feed' }]);
    const shared = await createStore(store);
    await shared.upsertSource({ id: 'club', url: `${base}/feed`, format: 'openyouth' });
    const now = new Date();
    const until = new Date(now.getTime() + 60_000).toISOString();
    expect(await shared.claimSource('club', 'another-host:4242:abcd', now.toISOString(), until)).toBe(true);
    await shared.close();
    const { code, out } = await run('harvest', '--catalogue', catalogue, '--store', store);
    expect(code).toBe(0);
    expect(out).toContain('· club: left alone, another harvester is working on it\n');
    expect(out).toContain('0 of 1 sources harvested, 1 left to another harvester.');
  }, 60_000);

  it('says what a source taken out of the catalogue still has in the directory, and --prune removes it', async () => {
    const { catalogue, store } = await workspace([
      { id: 'club', path: '/feed' },
      { id: 'youth', path: '/youth' },
    ]);
    expect((await run('harvest', '--catalogue', catalogue, '--store', store)).out).toContain(
      `Merged directory: ${2 * PAGES * PER_PAGE} listings`,
    );
    const clubOnly = join(dirname(catalogue), 'club-only.yaml');
    await writeFile(clubOnly, (await readFile(catalogue, 'utf8')).replace(/ {2}- id: youth\n.*\n.*\n/, ''));
    const kept = await run('harvest', '--catalogue', clubOnly, '--store', store);
    expect(kept.out).toContain(
      `\n${PAGES * PER_PAGE} listings of sources no longer in the catalogue (youth) are still in the directory: --prune removes them.\n`,
    );
    expect(kept.out).toContain(`Merged directory: ${2 * PAGES * PER_PAGE} listings`);
    // Named by --source or not, a source in the catalogue is not retired.
    const some = await run(
      'harvest',
      '--catalogue',
      catalogue,
      '--store',
      store,
      '--source',
      'club',
      '--prune',
    );
    expect(some.out).not.toContain('no longer in the catalogue');
    const pruned = await run('harvest', '--catalogue', clubOnly, '--store', store, '--prune');
    expect(pruned.out).toContain(
      `\nRemoved ${PAGES * PER_PAGE} listings of sources no longer in the catalogue (youth) from the directory.\n`,
    );
    expect(pruned.out).toContain(
      `Merged directory: ${PAGES * PER_PAGE} listings (0 new or changed, ${PAGES * PER_PAGE} removed)`,
    );
    expect((await run('harvest', '--catalogue', clubOnly, '--store', store)).out).not.toContain('no longer');
  }, 60_000);

  it('harvests only the sources --source names, and refuses an id the catalogue lacks', async () => {
    const { catalogue, store } = await workspace([
      { id: 'club', path: '/feed' },
      { id: 'gone', path: '/gone' },
    ]);
    const only = await run('harvest', '--catalogue', catalogue, '--store', store, '--source', 'club');
    expect(only.code).toBe(0);
    expect(only.out).toContain(`✓ club: ${PAGES + 1} pages`);
    expect(only.out).not.toContain('gone');
    const misspelt = await run('harvest', '--catalogue', catalogue, '--store', store, '--source', 'clubb');
    expect(misspelt.code).toBe(2);
    expect(misspelt.err).toBe(`${catalogue} has no source 'clubb'; its sources are club, gone.`);
  }, 60_000);

  it('exits 2 and says what to give when --concurrency is not a whole number from 1', async () => {
    const { catalogue } = await workspace([{ id: 'club', path: '/feed' }]);
    for (const concurrency of ['abc', '0', '2.5']) {
      const { code, err } = await run('harvest', '--catalogue', catalogue, '--concurrency', concurrency);
      expect(code).toBe(2);
      expect(err).toContain(`'${concurrency}' is invalid. give a whole number from 1 to 64.`);
    }
  });

  it('harvests and merges into a store in memory on the command thread, as a dry run', async () => {
    const { catalogue } = await workspace([{ id: 'club', path: '/feed' }]);
    const { code, out } = await run('harvest', '--catalogue', catalogue, '--store', ':memory:');
    expect(code).toBe(0);
    expect(out).toContain(
      `Merged directory: ${PAGES * PER_PAGE} listings (${PAGES * PER_PAGE} new or changed, 0 removed) in :memory:.`,
    );
  }, 60_000);

  it('exits 2 with a plain message when the store cannot be opened', async () => {
    const { catalogue } = await workspace([{ id: 'club', path: '/feed' }]);
    const store = join(tmpdir(), 'no-such-directory-for-openyouth', 'store.db');
    const { code, err } = await run('harvest', '--catalogue', catalogue, '--store', store);
    expect(code).toBe(2);
    expect(err).toMatch(/^The harvest stopped: .*unable to open.*the next run resumes from there\.$/is);
  }, 60_000);

  it('exits 2 with the place and the fix when the catalogue is wrong', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'openyouth-harvest-'));
    const catalogue = join(directory, 'hub.yaml');
    await writeFile(catalogue, 'sources:\n  - id: Club\n    url: ftp://x\n    format: openyouth\n');
    const { code, err } = await run('harvest', '--catalogue', catalogue);
    expect(code).toBe(2);
    expect(err).toContain('/sources/0/url: must match pattern');
  });

  it('loses nothing and duplicates nothing when killed mid-harvest and run again', async () => {
    const { catalogue, store } = await workspace([{ id: 'club', path: '/feed' }]);
    // The child loads only the harvest command (a quicker start than the whole CLI); with -e there
    // is no script in argv, so the arguments start at argv[1].
    const entry = new URL('../src/commands/harvest.ts', import.meta.url).pathname;
    const script = `import(${JSON.stringify(entry)}).then((m) => m.harvestCommand({ catalogue: process.argv[1], store: process.argv[2], concurrency: 1 }, { log: (l) => process.stderr.write(l), error: (l) => process.stderr.write(l) }))`;
    const stored: number[] = [];
    // Kill once a few more pages have been served each time: always part way through the feed.
    for (const morePages of [3, 10]) {
      const target = served + morePages;
      const child = spawn(
        process.execPath,
        ['--conditions=@openyouth/source', '--input-type=module', '-e', script, '--', catalogue, store],
        { stdio: ['ignore', 'ignore', 'pipe'] },
      );
      let stderr = '';
      child.stderr?.on('data', (chunk) => {
        stderr += chunk;
      });
      const exited = new Promise((resolve) => child.once('exit', resolve));
      let running = true;
      void exited.then(() => {
        running = false;
      });
      while (running && served < target) await new Promise((resolve) => setTimeout(resolve, 5));
      expect(running, `the harvester stopped before it was killed: ${stderr}`).toBe(true);
      child.kill('SIGKILL');
      await exited;
      const partial = await createStore(store);
      stored.push((await partial.countItems()).updated);
      await partial.close();
    }
    // The kills landed mid-harvest: some pages were stored, not all.
    expect(
      stored.some((count) => count > 0 && count < PAGES * PER_PAGE),
      `stored after each kill: ${stored}`,
    ).toBe(true);
    const { code } = await run('harvest', '--catalogue', catalogue, '--store', store);
    expect(code).toBe(0);
    const opened = await createStore(store);
    const items = await opened.changesSince(0, 10_000);
    await opened.close();
    expect(items.map((item) => Number(item.itemId)).sort((a, b) => a - b)).toEqual(
      Array.from({ length: PAGES * PER_PAGE }, (_, i) => i + 1),
    );
    expect(items.every((item) => item.modified === String(Number(item.itemId)))).toBe(true);
  }, 180_000);
});

describe('openyouth health', () => {
  it('reports each source of a harvested store as text, JSON or HTML, and exits 1 while one fails', async () => {
    const { catalogue, store } = await workspace([
      { id: 'club', path: '/feed' },
      { id: 'gone', path: '/gone' },
    ]);
    await run('harvest', '--catalogue', catalogue, '--store', store);

    const text = await run('health', '--store', store);
    expect(text.code).toBe(1);
    const [club, gone, summary] = text.out.split('\n');
    // The example listings were never verified: all of them count as stale.
    expect(club).toMatch(
      new RegExp(`^✓ club: ${PAGES * PER_PAGE} listings, 0 with errors, 100% stale; last success 20\\d\\d-`),
    );
    expect(gone).toMatch(
      /^✗ gone: failing: .*404.* \(last success never; 0 listings, 0 with errors, 0% stale\)$/,
    );
    expect(summary).toBe(`2 sources, 1 failing; ${PAGES * PER_PAGE} listings, 100% stale.`);

    const json = JSON.parse((await run('health', '--store', store, '--format', 'json')).out);
    expect(
      json.sources.map((source: { sourceId: string; listings: number }) => [
        source.sourceId,
        source.listings,
      ]),
    ).toEqual([
      ['club', PAGES * PER_PAGE],
      ['gone', 0],
    ]);
    expect(Date.parse(json.generatedAt)).not.toBeNaN();

    const page = join(await mkdtemp(join(tmpdir(), 'openyouth-health-')), 'health.html');
    const html = await run('health', '--store', store, '--format', 'html', '--output', page);
    expect(html).toMatchObject({ code: 1, out: '' });
    const written = await readFile(page, 'utf8');
    expect(written).toMatch(/^<!doctype html>/);
    expect(written).toContain(
      `<th scope="row"><a href="${base}/feed">club</a></th><td>openyouth</td><td class="status">OK</td>`,
    );
    expect(written).toMatch(
      /<tr class="failing"><th scope="row"><a [^>]+>gone<\/a><\/th><td>openyouth<\/td><td class="status">Failing: .*404/,
    );
    expect(written).toContain(
      `<p>2 sources, 1 failing; ${PAGES * PER_PAGE} listings, 100% stale. Generated `,
    );
  }, 60_000);

  it('exits 2 without making a store when there is none at the path given', async () => {
    const missing = join(await mkdtemp(join(tmpdir(), 'openyouth-health-')), 'hub.db');
    const { code, err } = await run('health', '--store', missing);
    expect(code).toBe(2);
    expect(err).toBe(
      `There is no store at ${missing}: give the file \`openyouth harvest --store\` harvested into, or set DATABASE_URL.`,
    );
    await expect(readFile(missing)).rejects.toThrow(/ENOENT/);
  });
});
