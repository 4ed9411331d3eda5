import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createSpecAjv, type FeedPage, type Listing, SPEC_VERSION, schemaId } from '@openyouth/schema';
import { createValidator, validate } from '@openyouth/validator';
import { describe, expect, it } from 'vitest';

const specDir = new URL(`../spec/${SPEC_VERSION}/`, import.meta.url).pathname;
const ajv = createSpecAjv({ allErrors: true });

function readJsonFiles<T>(directory: string): [string, T][] {
  return readdirSync(join(specDir, directory))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => [name, JSON.parse(readFileSync(join(specDir, directory, name), 'utf8')) as T]);
}

function expectValid(schema: string, data: unknown) {
  const validate = ajv.getSchema(schemaId(schema));
  expect(validate?.(data), JSON.stringify(validate?.errors, null, 2)).toBe(true);
}

const listings = readJsonFiles<Listing>('examples/listings');
const feedPages = readJsonFiles<FeedPage>('examples/feed');

interface InvalidFixture {
  description: string;
  schema: string;
  expect: { instancePath: string; keyword: string }[];
  /** The validator's notice codes (errors and warnings) the data raises. */
  codes: string[];
  data: unknown;
}
const fixtures = readJsonFiles<InvalidFixture>('fixtures/invalid');
const semanticFixtures = readJsonFiles<Omit<InvalidFixture, 'expect'>>('fixtures/semantic');

/** Fixtures are judged on a fixed day, so date rules (stale, in the past) give the same answer every year. */
const FIXTURE_DAY = new Date('2026-11-24T12:00:00Z');
const codesRaised = (data: unknown, schema: string) =>
  validate(data, { now: FIXTURE_DAY, schema })
    .notices.filter((group) => group.severity !== 'info')
    .map((group) => group.code)
    .sort();

describe('example listings', () => {
  it('cover at least the fifteen situations the standard was written for', () => {
    expect(listings.length).toBeGreaterThanOrEqual(15);
    expect(new Set(listings.map(([, listing]) => listing.kind)).size).toBeGreaterThanOrEqual(6);
  });

  it.each(listings)('%s is a valid listing', (_name, listing) => expectValid('listing', listing));

  it('have unique ids', () => {
    const ids = listings.map(([, listing]) => listing.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('point follow-ons only at listings that exist', () => {
    const ids = new Set(listings.map(([, listing]) => listing.id));
    const followOns = listings.flatMap(([, listing]) => listing.endings?.followOn ?? []);
    expect(followOns.length).toBeGreaterThan(0);
    for (const followOn of followOns) expect(ids).toContain(followOn.id);
  });
});

describe('example feed', () => {
  it.each(feedPages)('%s is a valid RPDE page', (_name, page) => expectValid('feed-page', page));

  it('orders items by modified then id across pages, as RPDE requires', () => {
    const items = feedPages.flatMap(([, page]) => page.items);
    const sorted = [...items].sort(
      (a, b) => a.modified - b.modified || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
    );
    expect(items.map((item) => item.id)).toEqual(sorted.map((item) => item.id));
  });

  it('ends with an empty last page whose next is its own URL', () => {
    const pages = feedPages.map(([, page]) => page);
    const last = pages.at(-1);
    expect(last?.items).toEqual([]);
    expect(last?.next).toBe(pages.at(-2)?.next);
  });

  it('carries both updated items with the example listings and deleted items without data', () => {
    const items = feedPages.flatMap(([, page]) => page.items);
    const byId = new Map(listings.map(([, listing]) => [listing.id, listing]));
    const updated = items.filter((item) => item.state === 'updated');
    expect(updated.length).toBeGreaterThan(0);
    for (const item of updated) expect(item.data).toEqual(byId.get(item.data.id));
    expect(items.some((item) => item.state === 'deleted')).toBe(true);
  });
});

describe('example dataset descriptor', () => {
  it('is valid', () => {
    expectValid('dataset', JSON.parse(readFileSync(join(specDir, 'examples/dataset.json'), 'utf8')));
  });
});

describe('invalid fixtures', () => {
  it('exist for the common mistakes', () => expect(fixtures.length).toBeGreaterThanOrEqual(15));

  it.each(fixtures)('%s fails for the reason it states', (_name, fixture) => {
    expect(fixture.description.length).toBeGreaterThan(20);
    const validate = ajv.getSchema(schemaId(fixture.schema));
    expect(validate?.(fixture.data)).toBe(false);
    const found = (validate?.errors ?? []).map((error) => ({
      instancePath: error.instancePath,
      keyword: error.keyword,
    }));
    for (const expected of fixture.expect) expect(found).toContainEqual(expected);
  });

  it.each(fixtures)('%s raises exactly the notice codes it lists', (_name, fixture) => {
    expect(fixture.codes.length).toBeGreaterThan(0);
    expect(codesRaised(fixture.data, fixture.schema)).toEqual([...fixture.codes].sort());
  });
});

describe('semantic fixtures', () => {
  it('exist for the rules about meaning', () => expect(semanticFixtures.length).toBeGreaterThanOrEqual(15));

  it.each(semanticFixtures)(
    '%s is valid against the schema but raises exactly its codes',
    (_name, fixture) => {
      expect(fixture.description.length).toBeGreaterThan(20);
      expectValid(fixture.schema, fixture.data);
      expect(fixture.codes.length).toBeGreaterThan(0);
      expect(codesRaised(fixture.data, fixture.schema)).toEqual([...fixture.codes].sort());
    },
  );
});

describe('the validator on the examples', () => {
  it('finds no errors or warnings in the example listings, feed and dataset', () => {
    const all = [
      ...listings.map(([name, data]) => [`listings/${name}`, data] as const),
      ...feedPages.map(([name, data]) => [`feed/${name}`, data] as const),
      ['dataset.json', JSON.parse(readFileSync(join(specDir, 'examples/dataset.json'), 'utf8'))] as const,
    ];
    // One run over everything, as `openyouth validate spec/0.1/examples` does: follow-ons cross files.
    const validator = createValidator({ now: FIXTURE_DAY });
    for (const [name, data] of all) validator.document(data, { name });
    const found = validator
      .finish()
      .notices.filter((group) => group.severity !== 'info')
      .flatMap((group) => group.samples.map((notice) => `${notice.source?.name}: ${group.code}`));
    expect(found).toEqual([]);
  });
});
