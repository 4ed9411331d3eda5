import type { Listing } from '@openyouth/schema';
import { expect, it } from 'vitest';
import { featuresOf } from '../src/dedupe/match.ts';
import type { HarvestedItem, Store } from '../src/index.ts';

const listing = (id: string, name = `Listing ${id}`) =>
  ({ id: `https://example.org.uk/listings/${id}`, name }) as Listing;
const updated = (itemId: string, modified: string, name?: string): HarvestedItem => ({
  itemId,
  state: 'updated',
  modified,
  listing: listing(itemId, name),
});
const page = (items: HarvestedItem[], position: string, fetchedAt = '2026-11-24T10:00:00Z') => ({
  items,
  position,
  fetchedAt,
});

/**
 * The behaviour every store must have. Each store's test file runs it against a fresh store, so
 * the embedded and PostgreSQL stores are held to exactly the same tests.
 */
export function storeContract(open: () => Promise<Store>) {
  const withStore = (test: (store: Store) => Promise<void>) => async () => {
    const store = await open();
    try {
      await store.upsertSource({ id: 'charity', url: 'http://127.0.0.1/feed', format: 'openyouth' });
      await test(store);
    } finally {
      await store.close();
    }
  };

  it(
    'saves a source and reports it with no position before its first harvest',
    withStore(async (store) => {
      expect(await store.getSource('charity')).toEqual({
        id: 'charity',
        url: 'http://127.0.0.1/feed',
        format: 'openyouth',
      });
      expect((await store.listSources()).map((source) => source.id)).toEqual(['charity']);
    }),
  );

  it(
    'takes pages of several sources at once, as a harvest of several sources gives them, each in its own transaction',
    withStore(async (store) => {
      const ids = ['first', 'second', 'third'];
      for (const id of ids)
        await store.upsertSource({ id, url: `http://127.0.0.1/${id}`, format: 'openyouth' });
      // Called together, as sources harvested at once may: none may start inside another's transaction.
      const results = await Promise.all([
        ...ids.map((id) =>
          store.applyPage(id, page([updated(`${id}-a`, '1'), updated(`${id}-b`, '2')], `${id}-next`)),
        ),
        store.recordFailure('charity', { at: '2026-11-24T10:00:00Z', message: 'HTTP 503 from the source' }),
        store.deleteNotSeenSince('charity', '2026-11-24T10:00:00Z'),
      ]);
      expect(results.slice(0, 3)).toEqual(ids.map(() => ({ changed: 2, unchanged: 0 })));
      for (const id of ids) expect((await store.getSource(id))?.position).toBe(`${id}-next`);
      expect((await store.getSource('charity'))?.lastError).toBe('HTTP 503 from the source');
      const seqs = (await store.changesSince(0, 100)).map((item) => item.seq);
      expect(seqs).toEqual([1, 2, 3, 4, 5, 6]);
    }),
  );

  it(
    'applies a page of items and moves the position in the same step',
    withStore(async (store) => {
      const result = await store.applyPage('charity', page([updated('a', '1'), updated('b', '2')], 'next-1'));
      expect(result).toEqual({ changed: 2, unchanged: 0 });
      expect(await store.getSource('charity')).toMatchObject({
        position: 'next-1',
        lastSuccessAt: '2026-11-24T10:00:00Z',
      });
      expect(await store.getItem('charity', 'a')).toMatchObject({
        sourceId: 'charity',
        state: 'updated',
        modified: '1',
        listing: listing('a'),
        notices: [],
        fetchedAt: '2026-11-24T10:00:00Z',
      });
    }),
  );

  it(
    'changes nothing when the same page is applied twice, as after a crash before the position was saved',
    withStore(async (store) => {
      await store.applyPage('charity', page([updated('a', '1')], 'next-1'));
      const before = await store.changesSince(0, 10);
      expect(await store.applyPage('charity', page([updated('a', '1')], 'next-1'))).toEqual({
        changed: 0,
        unchanged: 1,
      });
      expect(await store.changesSince(0, 10)).toEqual(before);
    }),
  );

  it(
    'keeps the newer of two versions, comparing modified values above 2^53 exactly',
    withStore(async (store) => {
      await store.applyPage('charity', page([updated('a', '9007199254740993', 'newer')], 'p1'));
      await store.applyPage('charity', page([updated('a', '9007199254740992', 'older')], 'p2'));
      expect((await store.getItem('charity', 'a'))?.listing?.name).toBe('newer');
      await store.applyPage('charity', page([updated('a', '10000000000000000000', 'newest')], 'p3'));
      expect(await store.getItem('charity', 'a')).toMatchObject({
        modified: '10000000000000000000',
        listing: { name: 'newest' },
      });
    }),
  );

  it(
    'does not count a newer version with the same content as a change',
    withStore(async (store) => {
      await store.applyPage('charity', page([updated('a', '1')], 'p1'));
      expect(await store.applyPage('charity', page([updated('a', '2')], 'p2'))).toEqual({
        changed: 0,
        unchanged: 1,
      });
      expect((await store.changesSince(0, 10)).map((item) => item.modified)).toEqual(['1']);
    }),
  );

  it(
    'does not count a new dateModified alone as a change, since whole-source readers stamp it each time',
    withStore(async (store) => {
      const stamped = (modified: string) => ({
        ...updated('a', modified),
        listing: { ...listing('a'), dateModified: new Date(Number(modified)).toISOString() },
      });
      await store.applyPage('charity', page([stamped('1000')], 'p1'));
      expect(await store.applyPage('charity', page([stamped('2000')], 'p1'))).toEqual({
        changed: 0,
        unchanged: 1,
      });
    }),
  );

  it(
    'brings back an item a resync deleted when the source lists it again',
    withStore(async (store) => {
      await store.applyPage('charity', page([updated('a', '1')], 'p1', '2026-11-01T00:00:00Z'));
      await store.deleteNotSeenSince('charity', '2026-11-02T00:00:00Z');
      await store.applyPage('charity', page([updated('a', '2')], 'p1', '2026-11-03T00:00:00Z'));
      expect((await store.getItem('charity', 'a'))?.state).toBe('updated');
    }),
  );

  it(
    'keeps a deleted item as a tombstone without its data',
    withStore(async (store) => {
      await store.applyPage('charity', page([updated('a', '1')], 'p1'));
      await store.applyPage('charity', page([{ itemId: 'a', state: 'deleted', modified: '2' }], 'p2'));
      const item = await store.getItem('charity', 'a');
      expect(item?.state).toBe('deleted');
      expect(item?.listing).toBeUndefined();
      expect(await store.countItems('charity')).toEqual({ updated: 0, deleted: 1 });
    }),
  );

  it(
    'lists changes in the order it accepted them, page by page',
    withStore(async (store) => {
      await store.applyPage('charity', page([updated('b', '1'), updated('a', '2')], 'p1'));
      await store.applyPage('charity', page([updated('b', '3', 'renamed')], 'p2'));
      const all = await store.changesSince(0, 10);
      expect(all.map((item) => [item.itemId, item.modified])).toEqual([
        ['a', '2'],
        ['b', '3'],
      ]);
      const [first] = await store.changesSince(0, 1);
      expect((await store.changesSince(first?.seq ?? 0, 10)).map((item) => item.itemId)).toEqual(['b']);
    }),
  );

  it(
    'reads items for the merge with their match features: none when deleted, with an error, or not matchable',
    withStore(async (store) => {
      const complete = {
        ...listing('a'),
        organizer: { type: 'Organization', id: 'https://example.org.uk/#org', name: 'Clifton Youth Trust' },
        location: { type: 'Place', address: { postalCode: 'BS5 9JB' } },
        eventSchedule: [
          {
            repeatFrequency: 'P1W',
            byDay: ['Tuesday'],
            startTime: '17:00',
            scheduleTimezone: 'Europe/London',
          },
        ],
      } as Listing;
      const error = {
        code: 'schema',
        severity: 'error' as const,
        instancePath: '/name',
        message: 'Give a name.',
      };
      await store.applyPage(
        'charity',
        page(
          [
            { itemId: 'a', state: 'updated', modified: '1', listing: complete },
            {
              itemId: 'b',
              state: 'updated',
              modified: '2',
              listing: { ...complete, id: 'b' },
              notices: [error],
            },
            { itemId: 'c', state: 'deleted', modified: '3' },
            // Stored without validation and without an organiser: nothing to match it by.
            updated('d', '4'),
          ],
          'p1',
          '2026-11-01T00:00:00Z',
        ),
      );
      const merging = await store.mergeItemsSince(0, 10);
      expect(merging).toEqual([
        {
          sourceId: 'charity',
          itemId: 'a',
          modified: '1',
          fetchedAt: '2026-11-01T00:00:00Z',
          seq: 1,
          match: featuresOf(complete),
        },
        ...['b', 'c', 'd'].map((itemId, index) => ({
          sourceId: 'charity',
          itemId,
          modified: String(index + 2),
          fetchedAt: '2026-11-01T00:00:00Z',
          seq: index + 2,
        })),
      ]);
      expect(await store.mergeItemsSince(2, 1)).toEqual([merging[2]]);
      const refs = ['d', 'a', 'unknown'].map((itemId) => ({ sourceId: 'charity', itemId }));
      const byId = (items: { itemId: string }[]) => [...items].sort((x, y) => (x.itemId < y.itemId ? -1 : 1));
      expect(byId(await store.mergeItems(refs))).toEqual([merging[0], merging[3]]);
      // A resync that no longer finds it deletes it, and its features with it.
      await store.deleteNotSeenSince('charity', '2026-11-02T00:00:00Z');
      const [deleted] = await store.mergeItems(refs.slice(1, 2));
      expect(deleted?.match).toBeUndefined();
      expect(deleted?.seq).toBeGreaterThan(4);
    }),
  );

  it(
    'rolls back a whole page when one item cannot be stored, leaving the position where it was',
    withStore(async (store) => {
      await store.applyPage('charity', page([updated('a', '1')], 'p1'));
      const broken = page([updated('b', '2'), updated('c', 'not-a-number')], 'p2');
      await expect(store.applyPage('charity', broken)).rejects.toThrow(
        /modified must be a non-negative integer/,
      );
      expect(await store.getItem('charity', 'b')).toBeUndefined();
      expect((await store.getSource('charity'))?.position).toBe('p1');
      await store.applyPage('charity', page([updated('d', '3')], 'p3'));
      expect((await store.changesSince(0, 10)).map((item) => item.itemId)).toEqual(['a', 'd']);
    }),
  );

  it(
    'lists live items a page at a time, leaving out deleted ones',
    withStore(async (store) => {
      await store.upsertSource({ id: 'council', url: 'http://127.0.0.1/oruk', format: 'oruk' });
      await store.applyPage('charity', page([updated('b', '1'), updated('a', '2'), updated('c', '3')], 'p1'));
      await store.applyPage('charity', page([{ itemId: 'c', state: 'deleted', modified: '4' }], 'p2'));
      await store.applyPage('council', page([updated('a', '1')], 'p1'));
      const first = await store.listCurrent(2);
      expect(first.map((item) => `${item.sourceId}/${item.itemId}`)).toEqual(['charity/a', 'charity/b']);
      const last = first.at(-1);
      const rest = await store.listCurrent(10, last && { sourceId: last.sourceId, itemId: last.itemId });
      expect(rest.map((item) => `${item.sourceId}/${item.itemId}`)).toEqual(['council/a']);
    }),
  );

  it(
    'stores merge steps, changing only what changed, leaving tombstones, and refusing a step from a stale position',
    withStore(async (store) => {
      await store.applyPage('charity', page([updated('a', '1', 'A'), updated('b', '1', 'B')], 'p1'));
      const member = (itemId: string, modified: string, fetchedAt = '2026-11-24T10:00:00Z') => ({
        sourceId: 'charity',
        itemId,
        fetchedAt,
        modified,
      });
      const record = (itemId: string, modified: string, fetchedAt?: string) => ({
        id: listing(itemId).id,
        chosen: { sourceId: 'charity', itemId },
        provenance: { members: [member(itemId, modified, fetchedAt)], links: [] },
      });
      const step = (
        fromItemSeq: number,
        records: ReturnType<typeof record>[],
        retiredIds: string[] = [],
      ) => ({
        fromItemSeq,
        toItemSeq: fromItemSeq + 1,
        entries: [],
        records,
        retiredIds,
      });
      expect(await store.applyMergeStep(step(0, [record('a', '1'), record('b', '1')]))).toBe(true);
      expect(await store.countMerged()).toEqual({ updated: 2, deleted: 0 });
      const changedSince = async (mergedSeq: number) =>
        (await store.mergedChangesSince(mergedSeq, 10)).map((change) => [change.id, change.state]);
      const afterFirst = (await store.mergeProgress()).mergedSeq;
      // a fetched again later with the same content: not a change; b has a new version.
      await store.applyPage('charity', page([updated('b', '2', 'B2')], 'p2'));
      expect(
        await store.applyMergeStep(step(1, [record('a', '1', '2026-11-25T10:00:00Z'), record('b', '2')])),
      ).toBe(true);
      expect(await changedSince(afterFirst)).toEqual([[listing('b').id, 'updated']]);
      const afterSecond = (await store.mergeProgress()).mergedSeq;
      // b as it was: it keeps its place.
      expect(await store.applyMergeStep(step(2, [record('b', '2')], [listing('a').id]))).toBe(true);
      expect(await changedSince(afterSecond)).toEqual([[listing('a').id, 'deleted']]);
      // Another worker already stored the step from position 2.
      expect(await store.applyMergeStep(step(2, [record('c', '1')]))).toBe(false);
      expect((await store.mergeProgress()).itemSeq).toBe(3);
      const changes = await store.mergedChangesSince(0, 10);
      expect(changes.map((change) => [change.id, change.state])).toEqual([
        [listing('b').id, 'updated'],
        [listing('a').id, 'deleted'],
      ]);
      expect(await store.getMerged(listing('b').id)).toEqual({
        id: listing('b').id,
        state: 'updated',
        listing: listing('b', 'B2'),
        provenance: { members: [member('b', '2')], links: [] },
        seq: changes[0]?.seq,
      });
      expect((await store.getMerged(listing('a').id))?.listing).toBeUndefined();
      expect(await store.getMerged(listing('c').id)).toBeUndefined();
    }),
  );

  it(
    'shows a merged listing as its chosen item is now, and as a tombstone once that item is gone or has another id',
    withStore(async (store) => {
      const id = listing('a').id;
      await store.applyPage('charity', page([updated('a', '1', 'A')], 'p1'));
      await store.applyMergeStep({
        fromItemSeq: 0,
        toItemSeq: 1,
        entries: [],
        records: [
          {
            id,
            chosen: { sourceId: 'charity', itemId: 'a' },
            provenance: {
              members: [
                { sourceId: 'charity', itemId: 'a', fetchedAt: '2026-11-24T10:00:00Z', modified: '1' },
              ],
              links: [],
            },
          },
        ],
        retiredIds: [],
      });
      await store.applyPage('charity', page([updated('a', '2', 'A2')], 'p2'));
      expect((await store.getMerged(id))?.listing?.name).toBe('A2');
      const renamed = { ...updated('a', '3', 'A3'), listing: listing('elsewhere', 'A3') };
      await store.applyPage('charity', page([renamed], 'p3'));
      const [change] = await store.mergedChangesSince(0, 10);
      expect(change).toEqual({ id, state: 'deleted', seq: change?.seq });
      await store.applyPage('charity', page([{ itemId: 'a', state: 'deleted', modified: '4' }], 'p4'));
      expect(await store.getMerged(id)).toEqual(change);
    }),
  );

  it(
    'leases a source to one worker at a time until the lease runs out or is released',
    withStore(async (store) => {
      const [now, later, muchLater] = [
        '2026-11-24T10:00:00Z',
        '2026-11-24T10:05:00Z',
        '2026-11-24T10:20:00Z',
      ];
      expect(await store.claimSource('charity', 'worker-a', now, '2026-11-24T10:10:00Z')).toBe(true);
      expect(await store.claimSource('charity', 'worker-b', later, '2026-11-24T10:15:00Z')).toBe(false);
      expect(await store.claimSource('charity', 'worker-b', muchLater, '2026-11-24T10:30:00Z')).toBe(true);
      await store.releaseSource('charity', 'worker-a');
      expect(await store.claimSource('charity', 'worker-a', muchLater, '2026-11-24T10:40:00Z')).toBe(false);
      await store.releaseSource('charity', 'worker-b');
      expect(await store.claimSource('charity', 'worker-a', muchLater, '2026-11-24T10:40:00Z')).toBe(true);
      // A holder known to have died gives its lease up at once.
      expect(await store.claimSource('charity', 'worker-c', muchLater, '2026-11-24T10:50:00Z')).toBe(false);
      expect(
        await store.claimSource('charity', 'worker-c', muchLater, '2026-11-24T10:50:00Z', 'worker-a'),
      ).toBe(true);
      expect((await store.getSource('charity'))?.leaseOwner).toBe('worker-c');
    }),
  );

  it(
    'records a failure without losing the position',
    withStore(async (store) => {
      await store.applyPage('charity', page([updated('a', '1')], 'p1'));
      await store.recordFailure('charity', { at: '2026-11-24T11:00:00Z', message: 'HTTP 503' });
      expect(await store.getSource('charity')).toMatchObject({
        position: 'p1',
        lastAttemptAt: '2026-11-24T11:00:00Z',
        lastSuccessAt: '2026-11-24T10:00:00Z',
        lastError: 'HTTP 503',
      });
    }),
  );

  it(
    'deletes, after a full resync, the items the source no longer publishes',
    withStore(async (store) => {
      await store.applyPage(
        'charity',
        page([updated('a', '1'), updated('b', '2')], 'p1', '2026-11-01T00:00:00Z'),
      );
      await store.resetPosition('charity');
      expect((await store.getSource('charity'))?.position).toBeUndefined();
      const resyncStarted = '2026-11-24T00:00:00Z';
      await store.applyPage('charity', page([updated('a', '1')], 'p1', '2026-11-24T00:00:05Z'));
      expect(await store.deleteNotSeenSince('charity', resyncStarted)).toBe(1);
      expect((await store.getItem('charity', 'b'))?.state).toBe('deleted');
      expect((await store.getItem('charity', 'a'))?.state).toBe('updated');
      expect((await store.changesSince(0, 10)).at(-1)?.itemId).toBe('b');
    }),
  );

  it(
    'keeps API keys by hash: finds a key by its hash, lists keys, and revokes one once',
    withStore(async (store) => {
      const key = {
        keyId: '0a1b2c3d',
        organizationId: 'https://kestrelyouth.org.uk/#organization',
        label: 'Kestrel Youth Trust office',
        createdAt: '2026-11-24T10:00:00Z',
      };
      await store.addPublisherKey(key, 'f'.repeat(64));
      expect(await store.findPublisherKey('f'.repeat(64))).toEqual(key);
      expect(await store.findPublisherKey('e'.repeat(64))).toBeUndefined();
      expect(await store.listPublisherKeys()).toEqual([key]);
      expect(await store.revokePublisherKey('0a1b2c3d', '2026-11-24T11:00:00Z')).toBe(true);
      expect(await store.revokePublisherKey('0a1b2c3d', '2026-11-24T12:00:00Z')).toBe(false);
      expect(await store.findPublisherKey('f'.repeat(64))).toEqual({
        ...key,
        revokedAt: '2026-11-24T11:00:00Z',
      });
      await expect(store.addPublisherKey({ ...key, keyId: '99999999' }, 'f'.repeat(64))).rejects.toThrow();
    }),
  );
}
