import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { EXIT, main, type Output } from '@openyouth/cli';
import { describe, expect, it } from 'vitest';

const examples = new URL('../../../spec/0.1/examples/', import.meta.url).pathname;
const clifton = new URL('../../../spec/0.1/examples/listings/clifton-youth-club.json', import.meta.url)
  .pathname;

async function run(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const output: Output = { log: (line) => out.push(line), error: (line) => err.push(line) };
  const code = await main(['node', 'openyouth', ...args], output);
  return { code, out: out.join('\n'), err: err.join('\n') };
}

async function tempFile(name: string, content: string) {
  const directory = await mkdtemp(join(tmpdir(), 'openyouth-cli-'));
  const path = join(directory, name);
  await writeFile(path, content);
  return path;
}

const listing = async () => JSON.parse(await readFile(clifton, 'utf8')) as Record<string, unknown>;

describe('openyouth validate', () => {
  it('exits 0 and summarises the bundled examples, which have no errors or warnings', async () => {
    const { code, out } = await run('validate', examples, '--summary', '--now', '2026-11-24');
    expect(code).toBe(EXIT.valid);
    expect(out).toMatch(/21 inputs and 23 listings checked: 0 errors, 0 warnings, \d+ suggestions\./);
    expect(out).toMatch(/^Name\s+Kind\s+Ages\s+When\s+Where\s+Cost$/m);
  });

  it('exits 1 and shows each problem grouped by code, with file:line:column and the fix', async () => {
    const path = await tempFile(
      'bad.json',
      JSON.stringify({ ...(await listing()), ageRange: { minValue: 16, maxValue: 11 } }, null, 2),
    );
    const { code, out } = await run('validate', path, '--now', '2026-11-24');
    expect(code).toBe(EXIT.invalid);
    expect(out).toContain(`✗ ${path} (listing): 1 error`);
    expect(out).toContain('age_range_inverted (1): The youngest age is greater than the oldest age.');
    expect(out).toMatch(
      new RegExp(
        `${path}:\\d+:\\d+ /ageRange\\n\\s+The youngest age \\(16\\) is greater than the oldest age \\(11\\)\\.`,
      ),
    );
    expect(out).toContain('How to fix: Swap the two ages.');
  });

  it('checks each listing of an array and points into the array', async () => {
    const path = await tempFile('many.json', JSON.stringify([{ type: 'Listing' }]));
    const { code, out } = await run('validate', path);
    expect(code).toBe(EXIT.invalid);
    expect(out).toContain("/0\n      'id' is missing, and the standard requires it.");
  });

  it('exits 1 and gives the line and column when a file is not JSON', async () => {
    const path = await tempFile('broken.json', '{\n  "name": "Club",\n}');
    const { code, out } = await run('validate', path);
    expect(code).toBe(EXIT.invalid);
    expect(out).toContain(
      `${path}:3:1 /\n      This is not valid JSON: a property name in double quotes was expected.`,
    );
  });

  it('exits 2 when a path does not exist', async () => {
    const { code, err } = await run('validate', '/no/such/file.json');
    expect(code).toBe(EXIT.couldNotRun);
    expect(err).toContain('/no/such/file.json: no such file or folder');
  });

  it.each([
    ['error', EXIT.valid],
    ['warning', EXIT.invalid],
  ])('with --fail-on %s, a warning exits %i', async (failOn, want) => {
    const path = await tempFile(
      'warn.json',
      JSON.stringify({ ...(await listing()), url: 'http://nottinghamyouthhubs.org.uk/clifton' }),
    );
    expect((await run('validate', path, '--fail-on', failOn, '--now', '2026-11-24')).code).toBe(want);
  });

  it('changes a severity with --severity, and refuses codes that do not exist', async () => {
    const path = await tempFile(
      'warn.json',
      JSON.stringify({ ...(await listing()), url: 'http://nottinghamyouthhubs.org.uk/clifton' }),
    );
    expect(
      (await run('validate', path, '--severity', 'url_not_https=error', '--now', '2026-11-24')).code,
    ).toBe(EXIT.invalid);
    const unknown = await run('validate', path, '--severity', 'no_such_code=error');
    expect(unknown.code).toBe(EXIT.couldNotRun);
    expect(unknown.err).toContain("there is no notice code 'no_such_code'");
  });

  it.each([
    ['json', (text: string) => expect(JSON.parse(text).summary.counts.error).toBe(1)],
    [
      'sarif',
      (text: string) => expect(JSON.parse(text).runs[0].results[0].ruleId).toBe('age_range_inverted'),
    ],
    ['html', (text: string) => expect(text).toMatch(/^<!doctype html>[\s\S]*The youngest age \(16\)/)],
  ] as const)('writes a %s report to --output', async (format, check) => {
    const path = await tempFile(
      'bad.json',
      JSON.stringify({ ...(await listing()), ageRange: { minValue: 16, maxValue: 11 } }),
    );
    const report = join(await mkdtemp(join(tmpdir(), 'openyouth-report-')), `report.${format}`);
    const { code, out } = await run('validate', path, '--format', format, '--output', report);
    expect(code).toBe(EXIT.invalid);
    expect(out).toContain(`Report written to ${report}.`);
    check(await readFile(report, 'utf8'));
  });

  it('validates NDJSON line by line and reports the line', async () => {
    const good = JSON.stringify(await listing());
    const bad = JSON.stringify({
      ...(await listing()),
      id: 'https://nottinghamyouthhubs.org.uk/listings/other',
      name: '',
    });
    const path = await tempFile('listings.ndjson', `${good}\n\n${bad}\n`);
    const { code, out } = await run('validate', path, '--now', '2026-11-24');
    expect(code).toBe(EXIT.invalid);
    expect(out).toContain(`✗ ${path} (ndjson): 1 error`);
    expect(out).toMatch(new RegExp(`${path}:3:\\d+ /name`));
  });

  it('validates a listing served at a URL', async () => {
    const body = JSON.stringify(await listing());
    const server = createServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' }).end(body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/listing.json`;
    try {
      const { code, out } = await run('validate', url, '--now', '2026-11-24');
      expect(code).toBe(EXIT.valid);
      expect(out).toContain(`✓ ${url} (listing)`);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('exits 2 on a usage mistake and 0 for --help', async () => {
    expect((await run('validate')).code).toBe(EXIT.couldNotRun);
    expect((await run('validate', examples, '--format', 'pdf')).code).toBe(EXIT.couldNotRun);
    const help = await run('--help');
    expect(help.code).toBe(EXIT.valid);
    expect(help.out).toContain('validate');
  });
});

describe('openyouth validate - (standard input)', () => {
  it.each([
    ['one JSON document', async () => JSON.stringify(await listing(), null, 2), 'listing'],
    [
      'NDJSON',
      async () => `${JSON.stringify(await listing())}\n${JSON.stringify(await listing())}\n`,
      'ndjson',
    ],
  ])('reads %s', async (_name, make, kind) => {
    const { readInputs } = await import('@openyouth/validator/node');
    const { createValidator } = await import('@openyouth/validator');
    const validator = createValidator({ now: new Date('2026-11-24') });
    await readInputs(['-'], validator, { stdin: Readable.from([await make()]) });
    const report = validator.finish();
    expect(report.summary.inputs).toEqual([expect.objectContaining({ name: '-', kind })]);
    expect(report.summary.counts.error).toBe(kind === 'ndjson' ? 1 : 0); // the NDJSON repeats one id
  });
});
