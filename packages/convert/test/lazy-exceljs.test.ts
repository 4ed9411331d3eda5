import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);

// In a process of its own, which records every module it resolves: this one has loaded the
// package (and exceljs, for the spreadsheet tests) already.
const script = `
import { registerHooks } from 'node:module';
const resolved = new Set();
registerHooks({
  resolve(specifier, context, next) {
    resolved.add(specifier);
    return next(specifier, context);
  },
});
const convert = await import('@openyouth/convert');
const before = resolved.has('exceljs');
await convert.xlsxTemplate();
console.log(JSON.stringify({ before, after: resolved.has('exceljs') }));
`;

describe('exceljs', () => {
  it('is loaded the first time a workbook is made, not with the package', async () => {
    const { stdout } = await run(
      process.execPath,
      ['--conditions=@openyouth/source', '--input-type=module', '-e', script],
      { cwd: new URL('..', import.meta.url).pathname },
    );
    expect(JSON.parse(stdout)).toEqual({ before: false, after: true });
  });
});
