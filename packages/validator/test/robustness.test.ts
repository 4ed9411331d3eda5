import { readFileSync } from 'node:fs';
import { createValidator, validate, validateText } from '@openyouth/validator';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const NOW = new Date('2026-11-24T12:00:00Z');
const base = JSON.parse(
  readFileSync(
    new URL('../../../spec/0.1/examples/listings/clifton-youth-club.json', import.meta.url),
    'utf8',
  ),
) as Record<string, unknown>;

describe('the validator never throws and never reports a failure of its own', () => {
  it('on any JSON value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(validate(value, { now: NOW }).problems).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('on any bytes read as a file', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const report = validateText(new TextDecoder().decode(bytes), { now: NOW, name: 'bytes.json' });
        expect(report.problems).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('on a listing with any property replaced by any JSON value', () => {
    const keys = Object.keys(base);
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.jsonValue(), (key, value) => {
        expect(validate({ ...base, [key]: value }, { now: NOW }).problems).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('on feed pages whose items are any JSON values', () => {
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 5 }), (items) => {
        const page = {
          next: 'https://example-youth.org.uk/feed',
          license: 'https://creativecommons.org/licenses/by/4.0/',
          items,
        };
        expect(validate(page, { now: NOW }).problems).toEqual([]);
      }),
      { numRuns: 200 },
    );
  });
});

describe('limits', () => {
  it.each([
    [
      'nesting in a parsed value',
      () => validate(JSON.parse(`${'['.repeat(200)}${']'.repeat(200)}`), { now: NOW }),
    ],
    [
      'nesting too deep for JSON.parse itself',
      () => validateText(`${'['.repeat(200_000)}${']'.repeat(200_000)}`, { now: NOW, name: 'deep.json' }),
    ],
  ])('reports nesting_too_deep for %s', (_name, run) => {
    const report = run();
    expect(report.problems).toEqual([]);
    expect(report.notices.map((group) => group.code)).toContain('nesting_too_deep');
  });

  it('keeps exact totals but only the first samples of a code', () => {
    const validator = createValidator({ now: NOW, maxSamplesPerCode: 2 });
    validator.document(
      Array.from({ length: 5 }, () => ({ ...base, ageRange: { minValue: 9, maxValue: 3 } })),
      { name: 'many.json' },
    );
    const group = validator.finish().notices.find((notice) => notice.code === 'age_range_inverted');
    expect(group?.total).toBe(5);
    expect(group?.samples.map((notice) => notice.instancePath)).toEqual(['/0/ageRange', '/1/ageRange']);
  });
});

describe('positions', () => {
  it('gives the line and column of the property a notice is about', () => {
    const text = JSON.stringify({ ...base, ageRange: { minValue: 19, maxValue: 10 } }, null, 2);
    const line = text.split('\n').findIndex((row) => row.includes('"ageRange"')) + 1;
    const [notice] =
      validateText(text, { now: NOW, name: 'clifton.json' }).notices.find(
        (group) => group.code === 'age_range_inverted',
      )?.samples ?? [];
    expect(notice?.source).toEqual({ name: 'clifton.json', line, column: 3 });
  });

  it('gives the line and column of a JSON syntax error', () => {
    const [notice] =
      validateText('{\n  "name": "Club",,\n}', { name: 'broken.json' }).notices[0]?.samples ?? [];
    expect(notice).toMatchObject({
      code: 'json_syntax_invalid',
      source: { name: 'broken.json', line: 2, column: 18 },
    });
  });
});
