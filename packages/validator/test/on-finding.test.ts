import { createValidator, type Finding, type Notice, noticeMessage } from '@openyouth/validator';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { EXAMPLE_NOW, patchListing } from '../scripts/examples.ts';
import { itemByItem } from '../src/internal/array-items.ts';

/** Listings raising schema errors, rule notices of several codes, and a dataset rule's at the end. */
const listing = fc.oneof(
  fc.constant(patchListing({})),
  fc.constant(patchListing({ id: 'https://example-youth.org.uk/listings/same' })),
  fc.constant(patchListing({ ageRange: { minValue: 16, maxValue: 11 } })),
  fc.constant(patchListing({ url: 'http://nottinghamyouthhubs.org.uk/page' })),
  fc.constant(patchListing({ lastVerified: '2020-01-01' })),
  fc.constant(patchListing({}, ['lastVerified', 'summary'])),
  fc.jsonValue({ maxDepth: 2 }),
);

/** What a finding says, as the report writes a notice up (without the notice's `source`). */
const writtenUp = ({ code, severity, instancePath, params, listingPath }: Finding) => ({
  code,
  severity,
  instancePath: `${listingPath ?? ''}${instancePath}`,
  params,
  message: noticeMessage(code, params),
});

describe('onFinding', () => {
  const minLength = itemByItem.minLength;
  afterEach(() => {
    itemByItem.minLength = minLength;
  });

  it('gets every notice the report counts, as the report writes it up, even when it keeps no samples', () => {
    fc.assert(
      fc.property(fc.array(listing, { maxLength: 6 }), (listings) => {
        const found: Finding[] = [];
        const counting = createValidator({
          now: EXAMPLE_NOW,
          maxSamplesPerCode: 0,
          onFinding: (finding) => found.push(finding),
        });
        counting.document(listings, { name: 'listings.json' });
        const sampling = createValidator({ now: EXAMPLE_NOW, maxSamplesPerCode: Number.MAX_SAFE_INTEGER });
        sampling.document(listings, { name: 'listings.json' });
        const counted = counting.finish();
        expect(counted.notices.every((group) => group.samples.length === 0)).toBe(true);
        for (const group of sampling.finish().notices) {
          const ofCode = found.filter((finding) => finding.code === group.code);
          expect(counted.notices.find(({ code }) => code === group.code)?.total).toBe(group.total);
          expect(ofCode.map(writtenUp)).toEqual(
            group.samples.map(({ source: _source, ...notice }: Notice) => notice),
          );
        }
      }),
      { numRuns: 60 },
    );
  });

  it("gives a listing's findings its place in the document and a pointer into it; a document's, neither", () => {
    const found: Finding[] = [];
    const validator = createValidator({ now: EXAMPLE_NOW, onFinding: (finding) => found.push(finding) });
    const listings = [
      patchListing({}),
      patchListing({ lastVerified: '2020-01-01' }),
      patchListing({ ageRange: { minValue: 10, maxValue: 130 } }),
    ];
    validator.document(listings, { name: 'a.json' });
    validator.document(42, { name: 'b.json' });
    expect(found.find(({ code }) => code === 'last_verified_over_12_months')).toMatchObject({
      listingPath: '/1',
      instancePath: '/lastVerified',
    });
    expect(found.find(({ code }) => code.startsWith('schema_'))).toMatchObject({
      listingPath: '/2',
      instancePath: '/ageRange/maxValue',
    });
    expect(found.at(-1)).toMatchObject({
      code: 'document_not_recognised',
      instancePath: '',
      listingPath: undefined,
    });
  });

  it('gets nothing of a code turned off', () => {
    const found: Finding[] = [];
    const validator = createValidator({
      now: EXAMPLE_NOW,
      severity: { last_verified_over_12_months: 'off' },
      onFinding: (finding) => found.push(finding),
    });
    validator.document(patchListing({ lastVerified: '2020-01-01' }), { name: 'a.json' });
    expect(found.map(({ code }) => code)).not.toContain('last_verified_over_12_months');
  });

  it('makes a big array of listings be parsed whole, since findings handed over cannot be taken back', () => {
    itemByItem.minLength = 0;
    const found: Finding[] = [];
    const validator = createValidator({ now: EXAMPLE_NOW, onFinding: (finding) => found.push(finding) });
    // The first item would raise a warning if it were checked before the text turned out not to be JSON.
    const text = `[${JSON.stringify(patchListing({ lastVerified: '2020-01-01' }))}, {"cut":`;
    validator.text(text, { name: 'cut.json' });
    expect(found.map(({ code }) => code)).toEqual(['json_syntax_invalid']);
  });
});
