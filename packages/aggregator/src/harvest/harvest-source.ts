import { hostname } from 'node:os';
import type { SourceState, Store } from '../store/types.ts';
import type { CheckListings, SourceReader, SourceResult } from './types.ts';

export interface HarvestSourceOptions {
  reader: SourceReader;
  check: CheckListings;
  /** Start again from the first page and delete afterwards what the source no longer publishes. */
  resync?: boolean;
  now?: () => Date;
  signal?: AbortSignal;
  onPage?: (progress: { sourceId: string; pages: number; items: number }) => void;
  /** Who is harvesting, for the source's lease when several workers share one database. */
  worker?: string;
  /** How long a lease lasts; a worker that dies lets the source go after this. */
  leaseMs?: number;
}

export const DEFAULT_LEASE_MS = 15 * 60_000;

/** `<host>:<pid>:<random>`: enough for another harvester on the same host to tell whether it still runs. */
export const workerId = () => `${hostname()}:${process.pid}:${Math.random().toString(36).slice(2, 10)}`;

function isDeadLocalWorker(owner: string): boolean {
  const [host, pid] = owner.split(':');
  if (host !== hostname() || !pid || Number(pid) === process.pid) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Harvests one source into the store. Each page commits with the source's new position, so a
 * crash loses nothing and the next run resumes where the last commit left off. A failure is
 * recorded on the source and returned, never thrown: one broken source does not stop the others.
 */
export async function harvestSource(
  store: Store,
  sourceId: string,
  options: HarvestSourceOptions,
): Promise<SourceResult> {
  const now = options.now ?? (() => new Date());
  const signal = options.signal ?? new AbortController().signal;
  const result: SourceResult = {
    sourceId,
    ok: true,
    pages: 0,
    changed: 0,
    unchanged: 0,
    deleted: 0,
    invalid: 0,
  };
  const fullSync = options.reader.fullSync || options.resync === true;
  const startedAt = now().toISOString();
  let items = 0;
  const worker = options.worker ?? workerId();
  const leaseUntil = new Date(now().getTime() + (options.leaseMs ?? DEFAULT_LEASE_MS)).toISOString();
  if (!(await store.getSource(sourceId))) {
    return { ...result, ok: false, error: `There is no source '${sourceId}' in the store.` };
  }
  if (!(await store.claimSource(sourceId, worker, startedAt, leaseUntil))) {
    // A harvester on this machine that was killed cannot release its lease: take it over.
    const owner = (await store.getSource(sourceId))?.leaseOwner;
    const dead = owner !== undefined && isDeadLocalWorker(owner);
    if (!dead || !(await store.claimSource(sourceId, worker, startedAt, leaseUntil, owner))) {
      return { ...result, skipped: true };
    }
  }
  try {
    if (fullSync) await store.resetPosition(sourceId);
    const source = (await store.getSource(sourceId)) as SourceState;
    for await (const page of options.reader.pages(source, signal)) {
      const updated = page.items.filter((item) => item.state === 'updated');
      const notices = options.check(updated.map((item) => item.listing));
      updated.forEach((item, index) => {
        item.notices = notices[index] ?? [];
        if (item.notices.some((notice) => notice.severity === 'error')) result.invalid++;
      });
      const applied = await store.applyPage(sourceId, { ...page, fetchedAt: now().toISOString() });
      result.pages++;
      result.changed += applied.changed;
      result.unchanged += applied.unchanged;
      items += page.items.length;
      options.onPage?.({ sourceId, pages: result.pages, items });
    }
    if (fullSync) result.deleted = await store.deleteNotSeenSince(sourceId, startedAt);
  } catch (error) {
    result.ok = false;
    result.error = error instanceof Error ? error.message : String(error);
    await store.recordFailure(sourceId, { at: now().toISOString(), message: result.error });
  } finally {
    await store.releaseSource(sourceId, worker);
  }
  return result;
}
