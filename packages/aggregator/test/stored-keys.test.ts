import type { Listing } from '@openyouth/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contentKey, fingerprint, storedContent } from '../src/store/rows.ts';

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

  it('an item stored from one JSON text has the JSON and the content key of a listing stringified with and without its dateModified', () => {
    const member = fc.oneof(fc.string(), fc.constant('dateModified'), fc.constant('id'));
    const anyListing = fc
      .tuple(
        fc.dictionary(member, fc.jsonValue()),
        fc.option(fc.oneof(fc.string(), fc.jsonValue()), { nil: undefined }),
        fc.nat(),
      )
      .map(([fields, dateModified, position]) => {
        // dateModified anywhere among the other members, or missing; its text may recur inside them.
        const entries = Object.entries(fields).filter(([key]) => key !== 'dateModified');
        if (dateModified !== undefined)
          entries.splice(position % (entries.length + 1), 0, ['dateModified', dateModified]);
        return Object.fromEntries(entries) as unknown as Listing;
      });
    fc.assert(
      fc.property(anyListing, fc.constantFrom('updated' as const, 'deleted' as const), (listing, state) => {
        const stored = storedContent({ state, listing });
        expect(stored.contentKey).toBe(contentKey({ state, listing }));
        expect(stored.json).toBe(state === 'updated' ? JSON.stringify(listing) : null);
      }),
      { numRuns: 500 },
    );
    // The member's text also inside another member, before it.
    const nested = {
      organizer: { dateModified: '2026-11-01T10:00:00Z' },
      dateModified: '2026-11-01T10:00:00Z',
    } as unknown as Listing;
    expect(storedContent({ state: 'updated', listing: nested }).contentKey).toBe(
      contentKey({ state: 'updated', listing: nested }),
    );
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
