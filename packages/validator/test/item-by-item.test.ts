import { createValidator, type Report } from '@openyouth/validator';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { EXAMPLE_NOW, patchListing } from '../scripts/examples.ts';
import { itemByItem } from '../src/internal/array-items.ts';

/**
 * The report on some texts, each checked in turn by one validator. With `whole`, the validator gets
 * an `onListing`, which makes it parse every text whole: the way against which checking an array
 * item by item is compared.
 */
function reportOn(texts: string[], whole: boolean): Omit<Report, 'summary'> & { summary: unknown } {
  const validator = createValidator({
    now: EXAMPLE_NOW,
    maxSamplesPerCode: 5,
    ...(whole ? { onListing: () => {} } : {}),
  });
  texts.forEach((text, index) => {
    validator.text(text, { name: `file-${index % 2}.json` });
  });
  const { startedAt: _startedAt, durationMs: _durationMs, ...summary } = validator.finish().summary;
  return { ...validator.finish(), summary };
}

/** Text that is hard on a splitter: quotes, backslashes, brackets and commas inside strings. */
const awkward = fc.string({ unit: fc.constantFrom(...'ab "\\[]{},:\n\u2028é😀'), maxLength: 12 });

const item = fc.oneof(
  { weight: 6, arbitrary: awkward.map((name) => patchListing({ name: `Club ${name}` })) },
  // A duplicate id, a schema error, a rule warning, a follow-on to a listing that is not there.
  { weight: 1, arbitrary: fc.constant(patchListing({ id: 'https://example-youth.org.uk/listings/same' })) },
  { weight: 1, arbitrary: fc.constant(patchListing({ ageRange: { minValue: 16, maxValue: 11 } })) },
  { weight: 1, arbitrary: fc.constant(patchListing({ url: 'http://nottinghamyouthhubs.org.uk/page' })) },
  {
    weight: 1,
    arbitrary: fc.constant(
      patchListing({
        endings: { followOn: [{ id: 'https://nottinghamyouthhubs.org.uk/listings/gone', name: 'Gone' }] },
      }),
    ),
  },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
);

/** A JSON array of listings, as JSON.stringify writes it, perhaps spoilt by an edit or a cut. */
const arrayText = fc
  .tuple(
    fc.array(item, { maxLength: 6 }),
    fc.constantFrom(undefined, 2, '\t'),
    fc.constantFrom('', ' ', '\n'),
    fc.option(
      fc.tuple(fc.nat(), fc.constantFrom('cut', 'insert', 'delete'), fc.constantFrom(...',[]{}":\\ x1')),
      {
        freq: 2,
      },
    ),
  )
  .map(([items, indent, around, edit]) => {
    const text = `${around}${JSON.stringify(items, null, indent)}${around}`;
    if (!edit) return text;
    const [place, kind, character] = edit;
    const at = place % (text.length + 1);
    if (kind === 'cut') return text.slice(0, at);
    return (
      text.slice(0, at) + (kind === 'insert' ? character : '') + text.slice(kind === 'delete' ? at + 1 : at)
    );
  });

describe('checking an array of listings item by item', () => {
  // Only texts of tens of megabytes are checked item by item; these tests check small ones so.
  const minLength = itemByItem.minLength;
  beforeAll(() => {
    itemByItem.minLength = 0;
  });
  afterAll(() => {
    itemByItem.minLength = minLength;
  });

  it('reports exactly what parsing the whole text reports, on any array text, valid or not', () => {
    fc.assert(
      fc.property(fc.array(arrayText, { minLength: 1, maxLength: 3 }), (texts) => {
        expect(reportOn(texts, false)).toEqual(reportOn(texts, true));
      }),
      { numRuns: 400 },
    );
  });

  it.each<[string, { given: string[] }]>([
    [
      'forgets listings checked before a syntax error near the end',
      {
        given: [
          `[${JSON.stringify(patchListing({ ageRange: { minValue: 16, maxValue: 11 } }))}, {"id": tru}]`,
          `[${JSON.stringify(patchListing({}))}]`,
        ],
      },
    ],
    [
      'forgets the rules’ state from a file that turned out not to be JSON',
      {
        given: [
          `[${JSON.stringify(patchListing({ endings: { followOn: [{ id: 'https://nottinghamyouthhubs.org.uk/listings/a', name: 'A' }] } }))},`,
          `[${JSON.stringify(patchListing({ id: 'https://nottinghamyouthhubs.org.uk/listings/b' }))}, ${JSON.stringify(patchListing({ id: 'https://nottinghamyouthhubs.org.uk/listings/c' }))}]`,
        ],
      },
    ],
    [
      'forgets listings checked when something follows the array',
      { given: [`[${JSON.stringify(patchListing({ url: 'http://nottinghamyouthhubs.org.uk/page' }))}] x`] },
    ],
    ['reads an empty array', { given: ['[ ]'] }],
    ['reads a string holding brackets and escaped quotes', { given: ['["a\\"],[", {"b": "\\\\"}]'] }],
  ])('%s', (_name, { given }) => {
    expect(reportOn(given, false)).toEqual(reportOn(given, true));
  });

  it('parses each item on its own', () => {
    const parse = vi.spyOn(JSON, 'parse');
    try {
      reportOn([JSON.stringify([patchListing({}), patchListing({}), patchListing({})])], false);
      expect(parse.mock.calls.map(([text]) => (text as string).startsWith('{'))).toEqual([true, true, true]);
    } finally {
      parse.mockRestore();
    }
  });
});

describe('checking a small array of listings', () => {
  it('parses the text whole', () => {
    const parse = vi.spyOn(JSON, 'parse');
    try {
      reportOn([JSON.stringify([patchListing({}), patchListing({})])], false);
      expect(parse).toHaveBeenCalledTimes(1);
    } finally {
      parse.mockRestore();
    }
  });
});
