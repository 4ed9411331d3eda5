import { type Freshness, freshnessOf } from '@openyouth/aggregator';
import type { Listing, Organization } from '@openyouth/schema';
import KDBush from 'kdbush';
import { buildColumns, type ListingColumns } from './columns.ts';
import { JsonStore } from './json-store.ts';
import { type Slot, slotsOf } from './schedule.ts';
import { type TextIndex, textIndexSteps } from './text-index.ts';

/**
 * A listing as the index keeps it: its JSON text (sent as it is, and parsed only to render a page)
 * and the few fields the filters read. Keeping text rather than 100,000 object trees keeps the heap
 * small, so garbage collection does not stall requests.
 */
export class IndexedListing {
  readonly id: string;
  /** Position in the index. */
  readonly position: number;
  readonly #store: JsonStore;
  readonly #chunk: number;
  readonly #start: number;
  readonly #end: number;
  readonly name: string;
  /** Lower-case name, for the default order. */
  readonly sortName: string;
  readonly ageMin: number;
  readonly ageMax: number;
  readonly categories: readonly string[];
  readonly needs: readonly string[];
  readonly features: readonly string[];
  readonly free: boolean;
  readonly selfReferral: boolean;
  readonly attendanceMode: Listing['attendanceMode'];
  readonly capacityStatus: string | undefined;
  readonly lastVerified: string | undefined;
  readonly organizer: Organization;
  readonly postalCode: string | undefined;
  readonly geo: { lat: number; lng: number } | undefined;
  readonly slots: readonly Slot[];

  constructor(listing: Listing, position: number, store: JsonStore) {
    this.id = listing.id;
    this.position = position;
    this.#store = store;
    const place = store.add(listing);
    this.#chunk = place.chunk;
    this.#start = place.start;
    this.#end = place.end;
    this.name = listing.name;
    this.sortName = listing.name.toLowerCase();
    this.ageMin = listing.ageRange.minValue;
    this.ageMax = listing.ageRange.maxValue;
    this.categories = listing.categories;
    this.needs = listing.needs ?? [];
    this.features = listing.inclusion?.features ?? [];
    this.free = listing.isAccessibleForFree === true;
    this.selfReferral = listing.referral?.routes.includes('self-referral') ?? false;
    this.attendanceMode = listing.attendanceMode;
    this.capacityStatus = listing.referral?.capacityStatus;
    this.lastVerified = listing.lastVerified;
    this.organizer = listing.organizer;
    this.postalCode = listing.location?.address?.postalCode;
    const geo = listing.location?.geo;
    this.geo = geo ? { lat: geo.latitude, lng: geo.longitude } : undefined;
    this.slots = slotsOf(listing);
  }

  /** How recently a person confirmed the listing, judged at `now`. */
  freshnessAt(now: Date): Freshness {
    return freshnessOf(this.lastVerified === undefined ? {} : { lastVerified: this.lastVerified }, now);
  }

  /** The listing's JSON as UTF-8 bytes, to send as they are. */
  get json(): Buffer {
    return this.#store.bytes(this.#chunk, this.#start, this.#end);
  }

  /** The whole listing, parsed afresh: only for the few a page shows. */
  get listing(): Listing {
    return JSON.parse(this.json.toString('utf8')) as Listing;
  }
}

export interface SearchIndex {
  readonly entries: readonly IndexedListing[];
  readonly byId: ReadonlyMap<string, IndexedListing>;
  /** The position in `entries` of each entry with a location, by its id in `points`. */
  readonly located: Uint32Array;
  readonly columns: ListingColumns;
  /** Entries that take place only online: they match a search near any place. */
  readonly online: readonly IndexedListing[];
  /** A static k-d tree of the located entries' longitude and latitude. */
  readonly points: KDBush;
  readonly text: TextIndex;
}

/** Listings indexed between two pauses of a build that must not hold up requests. */
const SLICE = 1000;

/** The steps of building the index, pausing (`yield`) every SLICE listings. */
function* indexSteps(listings: readonly Listing[]): Generator<void, SearchIndex> {
  const byId = new Map<string, IndexedListing>();
  const store = new JsonStore();
  const kept: Listing[] = [];
  for (const [i, listing] of listings.entries()) {
    if (i % SLICE === SLICE - 1) yield;
    if (byId.has(listing.id)) continue;
    byId.set(listing.id, new IndexedListing(listing, byId.size, store));
    kept.push(listing);
  }
  const entries = [...byId.values()];
  const withPlace = entries.filter((entry) => entry.geo);
  // KDBush needs at least one slot; an empty tree simply finds nothing.
  const points = new KDBush(Math.max(withPlace.length, 1));
  for (const entry of withPlace) points.add(entry.geo?.lng ?? 0, entry.geo?.lat ?? 0);
  if (withPlace.length === 0) points.add(0, 0);
  points.finish();
  const located = Uint32Array.from(withPlace, (entry) => entry.position);
  const online = entries.filter((entry) => entry.attendanceMode === 'online');
  const columns = buildColumns(entries);
  const text = yield* textIndexSteps(kept, SLICE);
  return { entries, byId, located, columns, online, points, text };
}

/** Builds the in-memory index searched by `searchListings`; listings with the same id keep the first. */
export function buildSearchIndex(listings: readonly Listing[]): SearchIndex {
  const steps = indexSteps(listings);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same index, built a slice at a time with the event loop free in between: a server
 * rebuilding a large directory (seconds of work) keeps answering from the index it has.
 */
export async function buildSearchIndexInSlices(listings: readonly Listing[]): Promise<SearchIndex> {
  const steps = indexSteps(listings);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await new Promise((resolve) => setImmediate(resolve));
  }
}
