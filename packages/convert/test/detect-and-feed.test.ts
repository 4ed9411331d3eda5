import { detectFormat, listingsToFeedPage } from '@openyouth/convert';
import { createSpecAjv, schemaId } from '@openyouth/schema';
import { describe, expect, it } from 'vitest';
import { exampleListings, hsdsFixture } from './helpers/fixtures.ts';

const listing = exampleListings()[0]?.listing;

describe('detectFormat', () => {
  it.each([
    ['listings.xlsx', undefined, 'spreadsheet'],
    ['listings.CSV', undefined, 'spreadsheet'],
    [
      'page.json',
      { items: [{ data: { '@context': 'https://openactive.io/', '@type': 'SessionSeries' } }], next: 'x' },
      'openactive',
    ],
    [
      'item.json',
      { '@context': ['https://openactive.io/', 'https://openactive.io/ns-beta'], '@type': 'Event' },
      'openactive',
    ],
    ['page.json', hsdsFixture('service_list.json'), 'oruk'],
    ['service.json', hsdsFixture('service_full.json'), 'oruk'],
    ['services.json', hsdsFixture('schedules_worked_example.json'), 'oruk'],
    ['listings.json', [listing], 'openyouth'],
    ['feed.json', { next: 'x', items: [{ state: 'updated', data: listing }], license: 'x' }, 'openyouth'],
    ['other.json', { hello: 1 }, undefined],
    ['other.json', undefined, undefined],
  ])('tells %s is %s', (name, data, want) => {
    expect(detectFormat(name, data)).toBe(want);
  });
});

describe('listingsToFeedPage', () => {
  const listings = exampleListings().map((e) => e.listing);
  const page = listingsToFeedPage(listings, { feedUrl: 'https://example.org/feed' });

  it('makes a feed page that is valid against the spec', () => {
    const validate = createSpecAjv().getSchema(schemaId('feed-page'));
    expect(validate?.(page)).toBe(true);
  });

  it('orders items by modified then id and points next after the last one', () => {
    const items = page.items as { modified: number; id: string }[];
    const sorted = [...items].sort((a, b) => a.modified - b.modified || (a.id < b.id ? -1 : 1));
    expect(items.map((i) => i.id)).toEqual(sorted.map((i) => i.id));
    const last = items.at(-1) as { modified: number; id: string };
    const next = new URL(page.next as string);
    expect(next.searchParams.get('afterTimestamp')).toBe(String(last.modified));
    expect(next.searchParams.get('afterId')).toBe(last.id);
  });
});
