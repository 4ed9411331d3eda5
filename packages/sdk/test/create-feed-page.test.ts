import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createFeedPage, type PublishableItem, parseFeedQuery, parseJsonExact } from '../src/index.ts';

const BASE = 'https://example.org/feeds/listings';
const LICENSE = 'https://creativecommons.org/licenses/by/4.0/';
const NOW = Date.parse('2026-11-24T12:00:00Z');
const DAY = 86_400_000;
const deleted = (id: string, modified: number | bigint): PublishableItem => ({
  state: 'deleted',
  id,
  modified,
});

describe('createFeedPage', () => {
  it.each([
    ['excludes the item at the position itself (> not >=)', { t: 10, id: 'b' }, ['c@10', 'a@11']],
    ['includes a later id at the same modified', { t: 10, id: 'a' }, ['b@10', 'c@10', 'a@11']],
    ['includes everything from the start', undefined, ['z@9', 'a@10', 'b@10', 'c@10', 'a@11']],
    ['returns nothing after the newest item', { t: 11, id: 'a' }, []],
  ])('%s', async (_name, position, want) => {
    const items = [deleted('c', 10), deleted('a', 11), deleted('a', 10), deleted('b', 10), deleted('z', 9)];
    const result = await createFeedPage({
      items,
      baseUrl: BASE,
      license: LICENSE,
      now: 20,
      ...(position ? { afterTimestamp: position.t, afterId: position.id } : {}),
    });
    expect(result.page.items.map((item) => `${item.id}@${item.modified}`)).toEqual(want);
  });

  it('points next at the last item of a full page and caches it for an hour', async () => {
    const result = await createFeedPage({
      items: [
        deleted('https://x.org/a', NOW),
        deleted('https://x.org/b', NOW + 1),
        deleted('https://x.org/c', NOW + 2),
      ],
      limit: 2,
      baseUrl: BASE,
      license: LICENSE,
      now: NOW,
    });
    const next = new URL(result.page.next);
    expect(next.searchParams.get('afterTimestamp')).toBe(String(NOW + 1));
    expect(next.searchParams.get('afterId')).toBe('https://x.org/b');
    expect(result.headers['cache-control']).toBe('public, max-age=3600');
    expect(result.lastPage).toBe(false);
  });

  it('makes the last page empty with next equal to its own URL, cached for 8 seconds', async () => {
    const result = await createFeedPage({
      items: [deleted('a', NOW)],
      afterTimestamp: String(NOW),
      afterId: 'a',
      baseUrl: BASE,
      license: LICENSE,
      now: NOW,
    });
    expect(result.page).toEqual({ next: result.selfUrl, items: [], license: LICENSE });
    expect(result.selfUrl).toBe(`${BASE}?afterTimestamp=${NOW}&afterId=a`);
    expect(result.headers['cache-control']).toBe('public, max-age=8');
    expect(JSON.parse(result.body)).toEqual(result.page);
  });

  it('keeps tombstones for the retention period and drops older ones', async () => {
    const items = [
      deleted('old', NOW - 8 * DAY),
      deleted('recent', NOW - 6 * DAY),
      deleted('week', NOW - 7 * DAY),
    ];
    const ids = async (days?: number) =>
      (
        await createFeedPage({
          items,
          baseUrl: BASE,
          license: LICENSE,
          now: NOW,
          ...(days ? { retainDeletedForDays: days } : {}),
        })
      ).page.items.map((item) => item.id);
    expect(await ids()).toEqual(['week', 'recent']);
    expect(await ids(30)).toEqual(['old', 'week', 'recent']);
  });

  it('writes a modified above 2^53 digit for digit and builds next from it', async () => {
    const big = 2n ** 53n + 3n;
    const result = await createFeedPage({
      items: [deleted('a', big)],
      baseUrl: BASE,
      license: LICENSE,
      now: NOW,
    });
    expect(result.body).toContain('"modified":9007199254740995');
    expect(new URL(result.page.next).searchParams.get('afterTimestamp')).toBe('9007199254740995');
    const again = await createFeedPage({
      items: [deleted('a', big), deleted('b', big + 1n)],
      ...parseFeedQuery(new URL(result.page.next).searchParams),
      baseUrl: BASE,
      license: LICENSE,
      deletedAt: () => undefined,
    });
    expect((parseJsonExact(again.body) as { items: { id: string }[] }).items.map((item) => item.id)).toEqual([
      'b',
    ]);
  });

  it('passes the position and limit to a query function and publishes what it returns', async () => {
    const calls: unknown[] = [];
    const result = await createFeedPage({
      query: async (query) => {
        calls.push(query);
        return [deleted('b', 11)];
      },
      afterTimestamp: '10',
      afterId: 'a',
      limit: 50,
      baseUrl: BASE,
      license: LICENSE,
    });
    expect(calls).toEqual([{ afterTimestamp: 10, afterId: 'a', limit: 50 }]);
    expect(result.page.items).toEqual([{ state: 'deleted', kind: 'Listing', id: 'b', modified: 11 }]);
  });

  it.each([
    ['uses >= instead of >', [deleted('a', 10)], /not after the requested position/],
    ['is not ordered', [deleted('c', 11), deleted('b', 11)], /out of order/],
    ['ignores the limit', [deleted('b', 11), deleted('c', 11), deleted('d', 11)], /more than the limit/],
  ])('refuses to publish a query result that %s', async (_name, rows, message) => {
    const page = createFeedPage({
      query: () => rows,
      afterTimestamp: 10,
      afterId: 'a',
      limit: 2,
      baseUrl: BASE,
      license: LICENSE,
    });
    await expect(page).rejects.toMatchObject({
      code: 'OY_ERR_PUBLISH_ORDER',
      message: expect.stringMatching(message),
    });
  });

  it.each([
    ['afterTimestamp without afterId', { afterTimestamp: 1 }, /both afterTimestamp and afterId/],
    ['a non-integer afterTimestamp', { afterTimestamp: '1.5', afterId: 'a' }, /must be an integer/],
    ['a limit of 0', { limit: 0 }, /limit must be an integer from 1 to 5000/],
    ['a retention under 7 days', { retainDeletedForDays: 3 }, /at least 7/],
    ['a relative baseUrl', { baseUrl: '/feeds' }, /not an absolute URL/],
    ['both items and query', { query: () => [] }, /exactly one of items or query/],
  ])('rejects %s with OY_ERR_PUBLISH_OPTIONS', async (_name, options, message) => {
    await expect(
      createFeedPage({ items: [], baseUrl: BASE, license: LICENSE, ...options }),
    ).rejects.toMatchObject({ code: 'OY_ERR_PUBLISH_OPTIONS', message: expect.stringMatching(message) });
  });

  it('walking every page by next visits each item once, in order, whatever the data and page size', async () => {
    const item = fc.record({
      id: fc.constantFrom('a', 'b', 'c', 'd', 'https://x.org/é?q=1&r'),
      modified: fc.oneof(fc.integer({ min: 0, max: 5 }), fc.constant(2 ** 53 + 1).map(BigInt)),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(item, { selector: (value) => `${value.id}@${value.modified}`, maxLength: 30 }),
        fc.integer({ min: 1, max: 7 }),
        async (rows, limit) => {
          // One item per id, as in a real feed: keep each id's last change.
          const latest = new Map(rows.map((row) => [row.id, deleted(row.id, row.modified)]));
          const items = [...latest.values()];
          const seen: string[] = [];
          let url = BASE;
          for (let guard = 0; guard < 100; guard += 1) {
            const result = await createFeedPage({
              items,
              limit,
              baseUrl: BASE,
              license: LICENSE,
              deletedAt: () => undefined,
              ...parseFeedQuery(new URL(url).searchParams),
            });
            seen.push(...result.page.items.map((entry) => entry.id));
            if (result.lastPage) {
              expect(result.page.next).toBe(url);
              break;
            }
            url = result.page.next;
          }
          const sorted = [...items].sort((x, y) =>
            x.modified < y.modified ? -1 : x.modified > y.modified ? 1 : x.id < y.id ? -1 : 1,
          );
          expect(seen).toEqual(sorted.map((entry) => entry.id));
        },
      ),
      { numRuns: 150 },
    );
  });
});
