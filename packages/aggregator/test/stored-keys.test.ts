import type { Listing } from '@openyouth/schema';
import { describe, expect, it } from 'vitest';
import { contentKey, fingerprint } from '../src/store/rows.ts';

// Stores keep these keys from one harvest to the next: if they changed between versions, the first
// harvest after an upgrade would count every item as changed and republish every merged listing.
describe('keys kept in the store', () => {
  it('a content key is the one earlier versions stored, whatever the dateModified', () => {
    const listing = {
      type: 'Listing',
      id: 'https://example.org.uk/listings/1',
      name: 'Youth café',
      dateModified: '2026-11-01T10:00:00Z',
      // Only what the key is made of matters here, not whether the listing is complete.
    } as unknown as Listing;
    const key = 'tMY7-j-MBGOEeCE56TeJiZyJMYt9jppIV2QyYEbn9_A';
    expect(contentKey({ state: 'updated', listing })).toBe(key);
    expect(
      contentKey({ state: 'updated', listing: { ...listing, dateModified: '2026-11-24T00:00:00Z' } }),
    ).toBe(key);
  });

  it('a merged listing fingerprint is the one earlier versions stored', () => {
    const record = {
      id: 'https://example.org.uk/listings/1',
      chosen: { sourceId: 'a', itemId: '1' },
      provenance: {
        members: [{ sourceId: 'a', itemId: '1', fetchedAt: '2026-11-24T12:00:00Z', modified: '5' }],
        links: [],
      },
    };
    expect(fingerprint(record)).toBe('gr1zj4v1a3RE_swa289fYmGfe1D3Nf_2AB40G3d8RKU');
  });
});
