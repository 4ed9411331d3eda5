import type { Freshness } from '@openyouth/aggregator';
import type { Listing } from '@openyouth/schema';
import { distance } from 'geokdbush';
import { columnFilter } from './columns.ts';
import type { IndexedListing, SearchIndex } from './index-listings.ts';
import { DEFAULT_LIMIT, DEFAULT_RADIUS_KM, type SearchQuery } from './query.ts';
import { dayBits, minutesOf, slotMatches } from './schedule.ts';
import { tokenize } from './text.ts';
import { scoreWords } from './text-index.ts';

export interface SearchResult {
  listing: Listing;
  /** Kilometres from the searched point; absent without a point, or for a listing with no location. */
  distanceKm?: number;
  freshness: Freshness;
}

/** A match as the index holds it: the listing stays JSON text until someone needs the object. */
export interface SearchHit {
  entry: IndexedListing;
  distanceKm?: number;
  freshness: Freshness;
}

export interface SearchOutcome {
  items: SearchHit[];
  /** How many listings match in all pages. */
  total: number;
  page: number;
  limit: number;
}

/** A hit with its listing parsed, for pages that show its details. */
export const resultOf = ({ entry, distanceKm, freshness }: SearchHit): SearchResult =>
  distanceKm === undefined
    ? { listing: entry.listing, freshness }
    : { listing: entry.listing, distanceKm, freshness };

interface Hit {
  entry: IndexedListing;
  distanceKm?: number;
  score: number;
}

/** A predicate over an entry for every filter except place, words, age and category (the columns' part). */
function filterOf(query: SearchQuery): (entry: IndexedListing) => boolean {
  const startsAfter = query.startsAfter === undefined ? undefined : minutesOf(query.startsAfter);
  const endsBefore = query.endsBefore === undefined ? undefined : minutesOf(query.endsBefore);
  const timed = Boolean(query.day?.length) || startsAfter !== undefined || endsBefore !== undefined;
  const slotFilter = {
    ...(query.day?.length ? { days: dayBits(query.day) } : {}),
    ...(startsAfter === undefined ? {} : { startsAfter }),
    ...(endsBefore === undefined ? {} : { endsBefore }),
  };
  return (entry) => {
    if (query.need?.length && !query.need.some((id) => entry.needs.includes(id))) return false;
    if (query.free && !entry.free) return false;
    if (query.selfReferral && !entry.selfReferral) return false;
    if (query.accessibility?.length && !query.accessibility.every((id) => entry.features.includes(id)))
      return false;
    // `mixed` listings take place both ways, so they match a search for either.
    if (
      query.attendanceMode &&
      entry.attendanceMode !== query.attendanceMode &&
      !(entry.attendanceMode === 'mixed' && query.attendanceMode !== 'mixed')
    ) {
      return false;
    }
    if (query.capacityStatus?.length && !query.capacityStatus.includes(entry.capacityStatus ?? '\u0000'))
      return false;
    if (timed && !entry.slots.some((slot) => slotMatches(slot, slotFilter))) return false;
    return true;
  };
}

const KM_PER_DEGREE = 111.195;

/** The latitude and longitude box around a circle; the whole width of the map near the poles. */
function boundingBox(lat: number, lng: number, radiusKm: number) {
  const dLat = radiusKm / KM_PER_DEGREE;
  const cos = Math.cos((Math.min(89, Math.abs(lat) + dLat) * Math.PI) / 180);
  const dLng = Math.min(180, radiusKm / (KM_PER_DEGREE * cos));
  return { minLat: lat - dLat, maxLat: lat + dLat, minLng: lng - dLng, maxLng: lng + dLng };
}

const byName = (a: Hit, b: Hit) =>
  a.entry.sortName < b.entry.sortName
    ? -1
    : a.entry.sortName > b.entry.sortName
      ? 1
      : a.entry.position - b.entry.position;

/** Nearest first; listings without a distance (online ones) after every located one. */
const byDistance = (a: Hit, b: Hit) =>
  (a.distanceKm ?? Number.POSITIVE_INFINITY) - (b.distanceKm ?? Number.POSITIVE_INFINITY) || byName(a, b);

const byRelevance = (a: Hit, b: Hit) => b.score - a.score || byDistance(a, b);

/**
 * Searches the index. Filters combine with AND; list filters match any value, except
 * `accessibility`, which needs every feature. Near a place, listings within the radius match, and
 * so do online-only listings (anyone can join those from anywhere), without a distance.
 */
export function searchListings(index: SearchIndex, query: SearchQuery, now: Date): SearchOutcome {
  const matches = filterOf(query);
  const queryWords = query.q ? tokenize(query.q) : [];
  // With words, only listings holding every word can match: score those once, up front.
  const scores = queryWords.length ? scoreWords(index.text, queryWords) : undefined;
  const scoreOf = (entry: IndexedListing) => (scores ? (scores.get(entry.position) ?? 0) : 1);
  const hits: Hit[] = [];

  const suitsAgeAndCategory = columnFilter(index.columns, query);
  /** For an entry that passed the column filter. */
  const add = (entry: IndexedListing, distanceKm?: number) => {
    if (!matches(entry)) return;
    const score = scoreOf(entry);
    if (score === 0) return;
    hits.push(distanceKm === undefined ? { entry, score } : { entry, distanceKm, score });
  };
  const consider = (entry: IndexedListing) => {
    if (suitsAgeAndCategory(entry.position)) add(entry);
  };

  if (query.near) {
    const { lat, lng } = query.near;
    const radius = query.radiusKm ?? DEFAULT_RADIUS_KM;
    // A box that holds the circle, from the k-d tree; then the exact great-circle distance.
    const box = boundingBox(lat, lng, radius);
    const points = index.located.length
      ? index.points.range(box.minLng, box.minLat, box.maxLng, box.maxLat)
      : [];
    const { columns } = index;
    for (const point of points) {
      const position = index.located[point] as number;
      // The column filters first: they reject most candidates, cheaper than the distance.
      if (!suitsAgeAndCategory(position)) continue;
      const km = distance(lng, lat, columns.lng[position] as number, columns.lat[position] as number);
      if (km <= radius) add(index.entries[position] as IndexedListing, km);
    }
    for (const entry of index.online) consider(entry);
  } else if (scores) {
    for (const position of scores.keys()) consider(index.entries[position] as IndexedListing);
  } else {
    for (const entry of index.entries) consider(entry);
  }

  const sort = query.sort ?? (query.near ? 'distance' : queryWords.length ? 'relevance' : undefined);
  hits.sort(sort === 'distance' ? byDistance : sort === 'relevance' ? byRelevance : byName);

  const page = query.page ?? 1;
  const limit = query.limit ?? DEFAULT_LIMIT;
  const items = hits.slice((page - 1) * limit, page * limit).map(({ entry, distanceKm }) => {
    const freshness = entry.freshnessAt(now);
    return distanceKm === undefined
      ? { entry, freshness }
      : { entry, distanceKm: Math.round(distanceKm * 1000) / 1000, freshness };
  });
  return { items, total: hits.length, page, limit };
}
