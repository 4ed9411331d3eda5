import type { Listing } from '@openyouth/schema';
import { describe, expect, it } from 'vitest';
import { createStore, type SourceHealth, sourceHealth, sourceHealthHtml } from '../src/index.ts';

const item = (id: string, lastVerified?: string) => ({
  itemId: id,
  state: 'updated' as const,
  modified: '1',
  listing: { id: `https://example.org.uk/${id}`, name: id, ...(lastVerified && { lastVerified }) } as Listing,
});

describe('sourceHealth', () => {
  it('counts listings, invalid ones and the stale share per source, with the last failure', async () => {
    const store = await createStore(':memory:');
    await store.upsertSource({ id: 'charity', url: 'http://127.0.0.1/a', format: 'openyouth' });
    await store.upsertSource({ id: 'council', url: 'http://127.0.0.1/b', format: 'oruk' });
    const error = { code: 'age_range_missing', severity: 'error' as const, instancePath: '', message: 'x' };
    await store.applyPage('charity', {
      items: [
        item('a', '2026-11-01'),
        { ...item('b', '2025-01-01'), notices: [error] },
        item('c'),
        item('d', '2026-10-01'),
      ],
      position: 'p1',
      fetchedAt: '2026-11-24T10:00:00Z',
    });
    await store.recordFailure('council', { at: '2026-11-24T11:00:00Z', message: 'HTTP 500' });
    const health = await sourceHealth(store, new Date('2026-11-24T12:00:00Z'));
    expect(health).toEqual([
      {
        sourceId: 'charity',
        url: 'http://127.0.0.1/a',
        format: 'openyouth',
        lastAttemptAt: '2026-11-24T10:00:00Z',
        lastSuccessAt: '2026-11-24T10:00:00Z',
        listings: 4,
        invalid: 1,
        staleShare: 0.5,
      },
      {
        sourceId: 'council',
        url: 'http://127.0.0.1/b',
        format: 'oruk',
        lastAttemptAt: '2026-11-24T11:00:00Z',
        lastError: 'HTTP 500',
        listings: 0,
        invalid: 0,
        staleShare: 0,
      },
    ]);
  });

  it('renders an HTML page that escapes what sources sent', () => {
    const html = sourceHealthHtml(
      [
        {
          sourceId: 'x',
          url: 'http://127.0.0.1',
          format: 'oruk',
          lastError: '<script>alert(1)</script>',
          listings: 0,
          invalid: 0,
          staleShare: 0,
        },
      ],
      new Date('2026-11-24T12:00:00Z'),
    );
    expect(html).toContain('Failing: &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).not.toContain('<script>alert');
  });

  it('puts failing sources first, and sums the hub up above the table', () => {
    const source = (sourceId: string, extra: Partial<SourceHealth>): SourceHealth => ({
      sourceId,
      url: `https://${sourceId}.org/feed`,
      format: 'openyouth',
      lastAttemptAt: '2026-11-24T11:00:00Z',
      listings: 0,
      invalid: 0,
      staleShare: 0,
      ...extra,
    });
    const html = sourceHealthHtml(
      [
        source('alpha', { lastSuccessAt: '2026-11-24T11:00:00Z', listings: 1500, staleShare: 0.2 }),
        source('beta', { lastError: 'HTTP 503 from the source', listings: 500, staleShare: 0.6 }),
        source('gamma', { lastSuccessAt: '2026-11-24T11:00:00Z' }),
      ],
      new Date('2026-11-24T12:00:00Z'),
    );
    const order = [...html.matchAll(/<th scope="row"><a href="[^"]+">(\w+)<\/a>/g)].map((match) => match[1]);
    expect(order).toEqual(['beta', 'alpha', 'gamma']);
    expect(html).toContain('<tr class="failing"><th scope="row"><a href="https://beta.org/feed">beta</a>');
    expect(html).toContain('<td class="number">1,500</td>');
    // 300 + 300 of 2,000 listings stale.
    expect(html).toContain(
      '<p>3 sources, 1 failing; 2,000 listings, 30% stale. Generated 2026-11-24T12:00:00.000Z.</p>',
    );
  });
});
