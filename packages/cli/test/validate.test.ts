import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXIT, main, type Output } from '@openyouth/cli';
import { describe, expect, it } from 'vitest';

const examples = new URL('../../../spec/0.1/examples/', import.meta.url).pathname;

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

describe('openyouth validate', () => {
  it('exits 0 and summarises the bundled examples', async () => {
    const { code, out } = await run('validate', examples, '--summary');
    expect(code).toBe(EXIT.valid);
    expect(out).toMatch(/\d+ files checked: \d+ valid, 0 invalid\./);
    expect(out).toMatch(/^Name\s+Kind\s+Ages\s+When\s+Where\s+Cost$/m);
  });

  it('exits 1 and says where each problem is when a listing breaks the schema', async () => {
    const path = await tempFile('bad.json', JSON.stringify({ type: 'Listing', name: '' }));
    const { code, out } = await run('validate', path);
    expect(code).toBe(EXIT.invalid);
    expect(out).toContain(`✗ ${path} (listing)`);
    expect(out).toContain("(the document): must have required property 'ageRange'");
    expect(out).toContain('/name: must NOT have fewer than 1 characters');
  });

  it('checks each listing of an array and points into the array', async () => {
    const path = await tempFile('many.json', JSON.stringify([{ type: 'Listing' }]));
    const { code, out } = await run('validate', path);
    expect(code).toBe(EXIT.invalid);
    expect(out).toContain("/0: must have required property 'id'");
  });

  it('exits 2 when a file is not JSON', async () => {
    const path = await tempFile('broken.json', '{ "name": ');
    const { code, err } = await run('validate', path);
    expect(code).toBe(EXIT.couldNotRun);
    expect(err).toContain(`${path}: not valid JSON`);
  });

  it('exits 2 when a path does not exist', async () => {
    const { code, err } = await run('validate', '/no/such/file.json');
    expect(code).toBe(EXIT.couldNotRun);
    expect(err).toContain('/no/such/file.json: no such file or folder');
  });

  it('exits 2 on a usage mistake and 0 for --help', async () => {
    expect((await run('validate')).code).toBe(EXIT.couldNotRun);
    const help = await run('--help');
    expect(help.code).toBe(EXIT.valid);
    expect(help.out).toContain('validate');
  });
});
