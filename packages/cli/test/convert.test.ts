import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type Output } from '@openyouth/cli';
import { describe, expect, it } from 'vitest';

const examples = new URL('../../../spec/0.1/examples/', import.meta.url).pathname;
const hsds = new URL('../../convert/test/fixtures/hsds/', import.meta.url).pathname;

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const output: Output = { log: (line) => out.push(line), error: (line) => err.push(line) };
  const code = await main(['node', 'openyouth', ...args], output);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function tempDir() {
  return mkdtemp(join(tmpdir(), 'openyouth-convert-'));
}

async function exampleArray(dir: string) {
  const feed = JSON.parse(await readFile(`${examples}feed/page-1.json`, 'utf8')) as {
    items: { data: unknown }[];
  };
  const path = join(dir, 'listings.json');
  await writeFile(path, JSON.stringify(feed.items.map((i) => i.data)));
  return { path, count: feed.items.length };
}

/** The real HSDS 3 full service example, converted on a fixed day. */
const convertFullService = [
  'convert',
  `${hsds}service_full.json`,
  '--base-url',
  'https://directory.example.org/api/',
  '--now',
  '2026-11-24',
];

describe('openyouth convert', () => {
  it('converts listings to XLSX and back, exiting 0, with what the sheet cannot hold reported as lost', async () => {
    const dir = await tempDir();
    const { path, count } = await exampleArray(dir);
    const toSheet = await run('convert', path, '-o', join(dir, 'listings.xlsx'));
    expect(toSheet.code).toBe(0);
    expect(toSheet.err).toContain(`Converted ${count} listings from openyouth to xlsx (listings.xlsx)`);
    const back = await run('convert', join(dir, 'listings.xlsx'), '-o', join(dir, 'back.json'));
    expect(back.code).toBe(0);
    const listings = JSON.parse(await readFile(join(dir, 'back.json'), 'utf8')) as unknown[];
    expect(listings).toHaveLength(count);
  });

  it('converts listings to CSV files and reads them back, schedules included', async () => {
    const dir = await tempDir();
    const { path, count } = await exampleArray(dir);
    expect((await run('convert', path, '--to', 'csv', '-o', join(dir, 'out.csv'))).code).toBe(0);
    expect(await readFile(join(dir, 'out.schedules.csv'), 'utf8')).toMatch(/^Listing ID,/);
    const back = await run('convert', join(dir, 'out.csv'));
    expect(back.code).toBe(0);
    const listings = JSON.parse(back.out) as { eventSchedule?: unknown[] }[];
    expect(listings).toHaveLength(count);
    expect(listings.some((l) => (l.eventSchedule?.length ?? 0) > 0)).toBe(true);
  });

  it('exits 1 and names the row and column when a spreadsheet cell is wrong', async () => {
    const dir = await tempDir();
    const csv = [
      'ID (web address),Name,Summary,Kind,Categories,Organizer ID,Organizer name,Minimum age,Maximum age,Attendance mode,Free',
      'https://example.org/l/1,Youth club,A youth club.,club,youth-clubs,https://example.org/#org,Example Youth,eleven,16,in-person,yes',
    ].join('\n');
    await writeFile(join(dir, 'bad.csv'), csv);
    const { code, err } = await run('convert', join(dir, 'bad.csv'), '-o', join(dir, 'x.json'));
    expect(code).toBe(1);
    expect(err).toContain(
      "invalid: Sheet 'Listings', row 2, column 'Minimum age': 'eleven' is not a number — write 11",
    );
    expect(err).toContain('Converted 0 listings from spreadsheet to openyouth');
  });

  it('detects an ORUK service, needs --base-url for it, and converts it with the report', async () => {
    const missing = await run('convert', `${hsds}service_full.json`);
    expect(missing.code).toBe(2);
    expect(missing.err).toContain('--base-url');
    const { code, out, err } = await run(
      'convert',
      `${hsds}service_full.json`,
      '--base-url',
      'https://directory.example.org/api/',
    );
    expect(code).toBe(0);
    expect(JSON.parse(out)).toHaveLength(1);
    expect(err).toContain('lost: (document) (alternate_name)');
  });

  it('prints the validator’s notices on kept listings grouped by code, and still exits 0', async () => {
    const { code, out, err } = await run(...convertFullService);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toHaveLength(1);
    expect(err).toContain(
      [
        'Errors: must be fixed',
        '',
        '  address_is_placeholder (6): A web or email address is a placeholder (example.com, localhost), not a real one.',
        '    (document) /id',
        '      https://directory.example.org/api/services/ac148810-d857-441c-9679-408f346de14b is a placeholder, not a real address.',
        '    (document) /organizer/id',
        '      http://example.com is a placeholder, not a real address.',
        '    (document) /organizer/url',
        '      http://example.com is a placeholder, not a real address.',
        '    … and 3 more',
      ].join('\n'),
    );
    expect(err).toContain('  last_verified_over_12_months (1): ');
    expect(err).toContain('    More: docs/rules/recommended_property_missing.md');
    expect(err).toMatch(
      /Converted 1 listing from oruk to openyouth: 0 items not converted, 0 invalid values, \d+ fields lost, 2 to check; 16 quality notices \(6 errors, 6 warnings, 4 suggestions\) — listed above\.$/,
    );
    // Grouped, not one line each like the conversion notices.
    expect(err).not.toContain('quality:');
  });

  it('writes the whole report, quality notices included, as JSON with --report', async () => {
    const dir = await tempDir();
    const reportPath = join(dir, 'report.json');
    const { code } = await run(
      ...convertFullService,
      '-o',
      join(dir, 'listings.json'),
      '--report',
      reportPath,
    );
    expect(code).toBe(0);
    const report = JSON.parse(await readFile(reportPath, 'utf8'));
    expect(report).toMatchObject({
      from: 'oruk',
      to: 'openyouth',
      converted: 1,
      exitCode: 0,
      counts: { notConvertible: 0, invalid: 0, assumed: 2, quality: { error: 6, warning: 6, info: 4 } },
    });
    expect(report.notices).toContainEqual({
      kind: 'quality',
      where: '',
      code: 'last_verified_over_12_months',
      severity: 'warning',
      instancePath: '/lastVerified',
      message: 'The listing is stale: last checked on 2005-01-01, more than a year ago.',
    });
    expect(report.notices).toContainEqual(expect.objectContaining({ kind: 'lost', field: 'alternate_name' }));
  });

  it('exits 1 and says why when a listing given as OpenYouth JSON breaks the schema', async () => {
    const dir = await tempDir();
    const path = join(dir, 'listings.json');
    const listing: unknown = JSON.parse(
      await readFile(`${examples}listings/clifton-youth-club.json`, 'utf8'),
      (key, value) => (key === 'maxValue' && value === 19 ? 130 : value),
    );
    await writeFile(path, JSON.stringify([listing]));
    const { code, err } = await run('convert', path, '--now', '2026-11-24');
    expect(code).toBe(1);
    expect(err).toContain('not converted: /0: The converted listing is not valid OpenYouth data.');
  });

  it('rejects a --now that is not a date, exiting 2', async () => {
    const { code, err } = await run('convert', `${hsds}service_full.json`, '--now', 'tomorrow');
    expect(code).toBe(2);
    expect(err).toContain('--now tomorrow: not a date');
  });

  it('exits 1 when services are left out because they have no ages', async () => {
    const { code, err } = await run(
      'convert',
      `${hsds}schedules_worked_example.json`,
      '--from',
      'oruk',
      '--base-url',
      'https://x.example.org/',
    );
    expect(code).toBe(1);
    expect(err).toContain('not converted: /services/0: No usable minimum_age and maximum_age');
  });

  it.each([
    [[], 1, 'The age range is 16 and over with no maximum'],
    [['--max-age', '18'], 0, 'Converted 1 listing from openactive'],
  ])('detects an OpenActive page and applies the age rule (%j)', async (extra, want, message) => {
    const modelsDir = new URL(
      '../../convert/node_modules/@openactive/data-models/versions/2.x/examples/',
      import.meta.url,
    ).pathname;
    const { code, err } = await run('convert', `${modelsDir}sessionseries_example_1.json`, ...extra);
    expect(code).toBe(want);
    expect(err).toContain(message);
  });

  it('reads an ORUK API from a URL', async () => {
    const service = JSON.parse(await readFile(`${hsds}service_full.json`, 'utf8')) as { id: string };
    const server = createServer((req, res) => {
      res.setHeader('content-type', 'application/json');
      if (req.url === '/') return res.end(JSON.stringify({ version: '3.0' }));
      if (req.url?.startsWith('/services?page=')) {
        return res.end(
          JSON.stringify({
            total_items: 1,
            total_pages: 1,
            page_number: 1,
            size: 1,
            first_page: true,
            last_page: true,
            empty: false,
            contents: [service],
          }),
        );
      }
      if (req.url === `/services/${service.id}`) return res.end(JSON.stringify(service));
      res.statusCode = 404;
      res.end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    try {
      const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
      const { code, out } = await run('convert', url);
      expect(code).toBe(0);
      expect((JSON.parse(out) as { id: string }[])[0]?.id).toBe(`${url}services/${service.id}`);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it.each([
    [
      'oruk',
      (value: unknown) => expect((value as { minimum_age: number }[])[0]).toHaveProperty('minimum_age'),
    ],
    [
      'jsonld',
      (value: unknown) =>
        expect((value as Record<string, unknown>[])[0]?.['@context']).toBe('https://schema.org/'),
    ],
  ] as const)('writes listings --to %s', async (to, check) => {
    const dir = await tempDir();
    const { path } = await exampleArray(dir);
    const { code, out } = await run('convert', path, '--to', to);
    expect(code).toBe(0);
    check(JSON.parse(out));
  });

  it('writes JSON-LD script elements for a web page when the output is .html', async () => {
    const dir = await tempDir();
    const { path, count } = await exampleArray(dir);
    const { code } = await run('convert', path, '-o', join(dir, 'listings.html'));
    expect(code).toBe(0);
    const html = await readFile(join(dir, 'listings.html'), 'utf8');
    expect(html.match(/<script type="application\/ld\+json">/g)).toHaveLength(count);
  });

  it('writes an RPDE page with --feed', async () => {
    const dir = await tempDir();
    const { path, count } = await exampleArray(dir);
    const { code, out } = await run('convert', path, '--feed', 'https://example.org/feed');
    expect(code).toBe(0);
    const page = JSON.parse(out) as { next: string; items: { modified: number }[] };
    expect(page.items).toHaveLength(count);
    expect(page.next).toMatch(/^https:\/\/example\.org\/feed\?afterTimestamp=\d+&afterId=/);
  });

  it.each([
    ['a missing file', ['/no/such/file.json'], 'no such file'],
    ['an unknown JSON shape', ['__unknown__'], 'could not tell what format'],
  ])('exits 2 on %s', async (_name, args, message) => {
    const dir = await tempDir();
    const unknown = join(dir, 'unknown.json');
    await writeFile(unknown, '{"hello": 1}');
    const { code, err } = await run('convert', ...args.map((a) => (a === '__unknown__' ? unknown : a)));
    expect(code).toBe(2);
    expect(err).toContain(message);
  });
});

describe('openyouth template', () => {
  it('writes an XLSX template', async () => {
    const dir = await tempDir();
    const { code } = await run('template', '--format', 'xlsx', '-o', join(dir, 't.xlsx'));
    expect(code).toBe(0);
    expect((await readFile(join(dir, 't.xlsx'))).subarray(0, 2).toString()).toBe('PK');
  });

  it('writes CSV templates for listings, schedules and prices', async () => {
    const dir = await tempDir();
    const { code } = await run('template', '--format', 'csv', '-o', join(dir, 't.csv'));
    expect(code).toBe(0);
    expect(await readFile(join(dir, 't.csv'), 'utf8')).toMatch(/^ID \(web address\),/);
    expect(await readFile(join(dir, 't.prices.csv'), 'utf8')).toMatch(/^Listing ID,Name,Price/);
  });
});
