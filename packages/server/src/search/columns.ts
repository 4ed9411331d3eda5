import { categories, conceptIds } from '@openyouth/schema';
import type { IndexedListing } from './index-listings.ts';
import type { SearchQuery } from './query.ts';

const CATEGORY_BIT = new Map<string, number>(conceptIds(categories).map((id, bit) => [id, bit]));
const WORDS = Math.ceil(CATEGORY_BIT.size / 32);

/**
 * The fields a search reads for every candidate, as typed arrays by entry position.
 * Reading them costs no pointer chasing through 100,000 listing objects, so the first pass over a
 * map area's candidates stays in cache; only the survivors are looked at as objects.
 */
export interface ListingColumns {
  ageMin: Uint8Array;
  ageMax: Uint8Array;
  /** The categories as bits, WORDS words per entry. */
  categoryBits: Uint32Array;
  lat: Float64Array;
  lng: Float64Array;
}

function setCategoryBits(target: Uint32Array, offset: number, ids: readonly string[]) {
  for (const id of ids) {
    const bit = CATEGORY_BIT.get(id);
    if (bit !== undefined)
      target[offset + (bit >>> 5)] = (target[offset + (bit >>> 5)] as number) | (1 << (bit & 31));
  }
}

export function buildColumns(entries: readonly IndexedListing[]): ListingColumns {
  const columns: ListingColumns = {
    ageMin: new Uint8Array(entries.length),
    ageMax: new Uint8Array(entries.length),
    categoryBits: new Uint32Array(entries.length * WORDS),
    lat: new Float64Array(entries.length),
    lng: new Float64Array(entries.length),
  };
  for (const entry of entries) {
    const at = entry.position;
    columns.ageMin[at] = Math.min(entry.ageMin, 255);
    columns.ageMax[at] = Math.min(entry.ageMax, 255);
    setCategoryBits(columns.categoryBits, at * WORDS, entry.categories);
    columns.lat[at] = entry.geo?.lat ?? 0;
    columns.lng[at] = entry.geo?.lng ?? 0;
  }
  return columns;
}

/** The age and category filters, read from the columns: whether the entry at a position passes them. */
export function columnFilter(columns: ListingColumns, query: SearchQuery): (position: number) => boolean {
  const { age } = query;
  const wanted = new Uint32Array(WORDS);
  setCategoryBits(wanted, 0, query.category ?? []);
  const byCategory = wanted.some((word) => word !== 0);
  return (position) => {
    if (
      age !== undefined &&
      (age < (columns.ageMin[position] as number) || age > (columns.ageMax[position] as number))
    )
      return false;
    if (!byCategory) return true;
    for (let word = 0; word < WORDS; word++) {
      if (((columns.categoryBits[position * WORDS + word] as number) & (wanted[word] as number)) !== 0)
        return true;
    }
    return false;
  };
}
