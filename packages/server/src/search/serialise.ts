import type { SearchOutcome } from './search.ts';

/**
 * The `ListingSearchPage` JSON of an outcome, assembled around each listing's stored JSON bytes
 * rather than re-serialising every listing object on every request.
 */
export function searchPageJson(outcome: SearchOutcome, next?: string): Buffer {
  const parts: Buffer[] = [Buffer.from('{"items":[')];
  outcome.items.forEach((hit, index) => {
    parts.push(Buffer.from(`${index ? ',' : ''}{"listing":`), hit.entry.json);
    const distance = hit.distanceKm === undefined ? '' : `,"distanceKm":${hit.distanceKm}`;
    parts.push(Buffer.from(`${distance},"freshness":"${hit.freshness}"}`));
  });
  const tail = next === undefined ? '' : `,"next":${JSON.stringify(next)}`;
  parts.push(
    Buffer.from(`],"total":${outcome.total},"page":${outcome.page},"limit":${outcome.limit}${tail}}`),
  );
  return Buffer.concat(parts);
}
