import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createClient,
  isDataset,
  isListing,
  isNetworkError,
  isOrganization,
  isVocabularyDocument,
} from '../src/index.ts';
import { startCannedApi } from './helpers/canned-api.ts';

let api: Awaited<ReturnType<typeof startCannedApi>>;
beforeEach(async () => {
  api = await startCannedApi();
});
afterEach(async () => {
  await api.close();
});

const client = () => createClient({ baseUrl: `${api.origin}/api/` });

describe('createClient against a real server on 127.0.0.1', () => {
  it('gets the dataset descriptor', async () => {
    const { data, error, response } = await client().getDataset();
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(isDataset(data)).toBe(true);
  });

  it('searches listings, sending the query parameters the OpenAPI document names', async () => {
    const { data } = await client().searchListings({ age: 14, category: ['music', 'dance'], free: true });
    const requested = new URL(api.requests.at(-1)?.url ?? '', api.origin);
    expect(requested.pathname).toBe('/api/listings');
    expect(requested.searchParams.get('age')).toBe('14');
    expect(requested.searchParams.getAll('category')).toEqual(['music', 'dance']);
    const expected = api.listings.filter(
      (listing) => listing.ageRange.minValue <= 14 && listing.ageRange.maxValue >= 14,
    );
    expect(data?.total).toBe(expected.length);
    expect(data?.items.every((item) => isListing(item.listing))).toBe(true);
  });

  it('gets one listing by an id that is itself a URL', async () => {
    const id = api.listings[0]?.id ?? '';
    const { data } = await client().getListing(id);
    expect(data?.id).toBe(id);
    expect(api.requests.at(-1)?.url).toBe(`/api/listings/${encodeURIComponent(id)}`);
  });

  it('returns a 404 as a typed Problem value, not a throw', async () => {
    const { data, error, response } = await client().getListing('https://example.org/no-such-listing');
    expect(data).toBeUndefined();
    expect(response.status).toBe(404);
    expect(error).toMatchObject({ status: 404, title: 'Not found' });
    expect(error?.detail).toContain('no-such-listing');
  });

  it('returns a 400 from the search as a Problem', async () => {
    const { error } = await client().searchListings({ age: 'fourteen' as unknown as number });
    expect(error).toMatchObject({ status: 400, detail: 'age must be a whole number' });
  });

  it('turns a non-JSON error page into a Problem', async () => {
    const broken = createClient({
      baseUrl: `${api.origin}/api`,
      fetch: (request) => fetch(new Request(`${api.origin}/api/broken`, request)),
    });
    const { error } = await broken.getDataset();
    expect(error).toMatchObject({ status: 502, detail: '<h1>Bad gateway</h1>' });
  });

  it('reads feed pages keeping a modified above 2^53 exact, and follows the position', async () => {
    const first = await client().getFeedPage();
    expect(first.data?.items[0]?.modified).toBe(9007199254740995n);
    const next = new URL(first.data?.next ?? '');
    const second = await client().getFeedPage({
      afterTimestamp: next.searchParams.get('afterTimestamp') ?? '',
      afterId: next.searchParams.get('afterId') ?? '',
    });
    expect(second.data?.items).toHaveLength(5);
  });

  it('lists organisations and gets one', async () => {
    const page = await client().listOrganizations({ limit: 100 });
    expect(page.data?.items.length).toBeGreaterThan(1);
    expect(page.data?.items.every((organization) => isOrganization(organization))).toBe(true);
    const id = page.data?.items[0]?.id ?? '';
    const one = await client().getOrganization(id);
    expect(one.data?.id).toBe(id);
  });

  it('lists vocabularies and gets one', async () => {
    const list = await client().listVocabularies();
    expect(list.data?.map((vocabulary) => vocabulary.id)).toContain('needs');
    const needs = await client().getVocabulary('needs');
    expect(isVocabularyDocument(needs.data)).toBe(true);
  });

  it('uses the injected fetch for every request', async () => {
    const seen: string[] = [];
    const counting = createClient({
      baseUrl: `${api.origin}/api`,
      fetch: (request) => {
        seen.push(new URL(request.url).pathname);
        return fetch(request);
      },
    });
    await counting.listVocabularies();
    await counting.getDataset();
    expect(seen).toEqual(['/api/vocab', '/api/']);
  });

  it('throws a NetworkError when the server cannot be reached', async () => {
    const origin = api.origin;
    await api.close();
    await expect(createClient({ baseUrl: origin }).getDataset()).rejects.toSatisfy(isNetworkError);
    api = await startCannedApi();
  });
});
