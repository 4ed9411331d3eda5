import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  type GuardedType,
  isDataDownload,
  isDataset,
  isFeedItem,
  isFeedPage,
  isListing,
  isOrganization,
  isPlace,
  isVocabularyDocument,
  schemaErrors,
} from '../src/index.ts';

const SPEC = new URL('../../../spec/0.1/', import.meta.url);
const readJson = (relative: string): unknown => JSON.parse(readFileSync(new URL(relative, SPEC), 'utf8'));
const names = (folder: string) => readdirSync(new URL(folder, SPEC)).filter((name) => name.endsWith('.json'));

const guards: Record<GuardedType, (value: unknown) => boolean> = {
  listing: isListing,
  organization: isOrganization,
  place: isPlace,
  'feed-page': isFeedPage,
  'feed-item': isFeedItem,
  dataset: isDataset,
  'data-download': isDataDownload,
  vocabulary: isVocabularyDocument,
};

describe('type guards', () => {
  const valid: [string, GuardedType, unknown][] = [
    ...names('examples/listings/').map((name): [string, GuardedType, unknown] => [
      `listing ${name}`,
      'listing',
      readJson(`examples/listings/${name}`),
    ]),
    ...names('examples/feed/').map((name): [string, GuardedType, unknown] => [
      `feed ${name}`,
      'feed-page',
      readJson(`examples/feed/${name}`),
    ]),
    ['dataset.json', 'dataset', readJson('examples/dataset.json')],
    ...names('vocab/').map((name): [string, GuardedType, unknown] => [
      `vocab ${name}`,
      'vocabulary',
      readJson(`vocab/${name}`),
    ]),
  ];

  it.each(valid)('accepts the spec example %s', (_name, type, value) => {
    expect(schemaErrors(type, value)).toEqual([]);
    expect(guards[type](value)).toBe(true);
  });

  it('accepts the parts of a listing under their own guards', () => {
    const listing = readJson('examples/listings/clifton-youth-club.json') as {
      organizer: unknown;
      location?: unknown;
    };
    expect(isOrganization(listing.organizer)).toBe(true);
    if (listing.location !== undefined) expect(isPlace(listing.location)).toBe(true);
    const page = readJson('examples/feed/page-1.json') as { items: unknown[] };
    expect(page.items.every((item) => isFeedItem(item))).toBe(true);
    const dataset = readJson('examples/dataset.json') as { distribution: unknown[] };
    expect(isDataDownload(dataset.distribution[0])).toBe(true);
  });

  const fixtures = names('fixtures/invalid/')
    .map((name) => {
      const fixture = readJson(`fixtures/invalid/${name}`) as {
        schema: string;
        expect: { instancePath: string; keyword: string }[];
        data: unknown;
      };
      return [name, fixture] as const;
    })
    .filter(([, fixture]) => fixture.schema in guards);

  it.each(fixtures)('rejects the invalid fixture %s with the errors it expects', (_name, fixture) => {
    const type = fixture.schema as GuardedType;
    expect(guards[type](fixture.data)).toBe(false);
    const errors = schemaErrors(type, fixture.data).map(({ instancePath, keyword }) => ({
      instancePath,
      keyword,
    }));
    for (const expected of fixture.expect) expect(errors).toContainEqual(expected);
  });

  it.each([
    ['null', null],
    ['a string', 'Listing'],
    ['an empty object', {}],
  ])('rejects %s as a listing', (_name, value) => {
    expect(isListing(value)).toBe(false);
  });
});
