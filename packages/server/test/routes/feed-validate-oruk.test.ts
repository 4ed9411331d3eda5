import { listingsToOruk } from '@openyouth/convert';
import { createSpecAjv, schemaId } from '@openyouth/schema';
import { describe, expect, it } from 'vitest';
import { buildServer } from '../../src/index.ts';
import { exampleListings, exampleNamed } from '../helpers/examples.ts';
import { exampleServer, mergedExampleStore, NOW } from '../helpers/server.ts';

const validFeedPage = createSpecAjv().getSchema(schemaId('feed-page'));

async function walkFeed(app: Awaited<ReturnType<typeof exampleServer>>) {
  const pages = [];
  let url = '/feeds/listings';
  for (let i = 0; i < 50; i++) {
    const response = await app.inject(url);
    expect(response.statusCode).toBe(200);
    const page = response.json();
    expect(validFeedPage?.(page), JSON.stringify(validFeedPage?.errors)).toBe(true);
    pages.push({ page, cacheControl: response.headers['cache-control'] });
    const next = new URL(page.next);
    if (page.items.length === 0) {
      expect(`${next.pathname}${next.search}`).toBe(url);
      break;
    }
    url = `${next.pathname}${next.search}`;
  }
  return pages;
}

describe('GET /feeds/listings', () => {
  it('serves every listing as an RPDE feed ending in an empty page that links to itself', async () => {
    const pages = await walkFeed(await exampleServer());
    const ids = pages.flatMap(({ page }) => page.items.map((item: { id: string }) => item.id));
    expect(ids.sort()).toEqual(
      exampleListings()
        .map((listing) => listing.id)
        .sort(),
    );
    expect(pages.at(-1)?.cacheControl).toBe('public, max-age=8');
  });

  it('serves the merged directory of a store, with each listing’s provenance', async () => {
    const listings = exampleListings();
    const store = await mergedExampleStore();
    const app = await buildServer({ source: store, now: () => NOW });
    const items = (await walkFeed(app)).flatMap(({ page }) => page.items);
    expect(items).toHaveLength(listings.length);
    expect(items[0].data['openyouth:provenance'].members[0].sourceId).toBe('examples');
  });

  it('answers a malformed position with a 400 problem', async () => {
    const response = await (await exampleServer()).inject('/feeds/listings?afterTimestamp=soon&afterId=x');
    expect(response.statusCode).toBe(400);
    expect(response.json().errors[0].parameter).toBe('afterTimestamp');
  });
});

describe('POST /validate', () => {
  it('returns the validator’s report on the body: none for a good listing, errors for a bad one', async () => {
    const app = await exampleServer();
    const good = await app.inject({
      method: 'POST',
      url: '/validate',
      payload: exampleNamed('Clifton Youth Club'),
    });
    expect(good.statusCode).toBe(200);
    expect(good.json().summary.counts.error).toBe(0);
    const bad = await app.inject({
      method: 'POST',
      url: '/validate',
      payload: { ...exampleNamed('Clifton Youth Club'), ageRange: { minValue: 16, maxValue: 11 } },
    });
    expect(bad.json().notices.map((group: { code: string }) => group.code)).toContain('age_range_inverted');
  });
});

describe('the Open Referral UK view', () => {
  it('describes itself at /oruk/', async () => {
    const response = await (await exampleServer()).inject('/oruk/');
    expect(response.json()).toMatchObject({ version: '3.0' });
  });

  it('pages services in the HSDS envelope and filters by age and search words', async () => {
    const app = await exampleServer();
    const all = (await app.inject('/oruk/services?per_page=5')).json();
    expect(all).toMatchObject({
      total_items: exampleListings().length,
      size: 5,
      page_number: 1,
      first_page: true,
    });
    expect(all.contents).toHaveLength(5);
    const teens = (await app.inject('/oruk/services?minimum_age=17&per_page=100')).json();
    const oldEnough = exampleListings().filter((listing) => listing.ageRange.maxValue >= 17);
    expect(teens.total_items).toBe(oldEnough.length);
    const found = (await app.inject('/oruk/services?search=swim')).json();
    expect(found.contents.map((service: { name: string }) => service.name)).toContain(
      'Calm Splash: sensory-friendly swim',
    );
  });

  it('serves one service by the id the list gave, and 404 for an unknown one', async () => {
    const app = await exampleServer();
    const [service] = listingsToOruk([exampleNamed('Clifton Youth Club')]).output;
    const response = await app.inject(`/oruk/services/${service?.id}`);
    expect(response.json().name).toBe('Clifton Youth Club');
    expect((await app.inject('/oruk/services/not-a-service')).statusCode).toBe(404);
  });

  it('answers bad filters with a 400 problem naming each one', async () => {
    const response = await (await exampleServer()).inject('/oruk/services?minimum_age=old&day=someday');
    expect(response.statusCode).toBe(400);
    expect(
      response
        .json()
        .errors.map((fault: { parameter: string }) => fault.parameter)
        .sort(),
    ).toEqual(['day', 'minimum_age']);
  });
});
