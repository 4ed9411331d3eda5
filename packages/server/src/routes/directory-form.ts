import { categories, conceptIds, needs } from '@openyouth/schema';
import type { RequestFault } from '../errors.ts';
import type { Geocoder } from '../geocode/types.ts';
import type { SearchQuery } from '../search/query.ts';
import type { DayOfWeek } from '../search/schedule.ts';
import { resolvePlace } from './listings.ts';

const DAYS = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);
const CATEGORY_IDS = new Set<string>(conceptIds(categories));
const NEED_IDS = new Set<string>(conceptIds(needs));
const RESULTS_PER_PAGE = 10;

/** Whether the form was filled in at all: an empty form shows no results, just the form. */
export const hasSearch = (search: URLSearchParams) => [...search.keys()].some((name) => name !== 'page');

/**
 * Reads the directory's search form. Unlike the API it forgives: empty fields are ignored and
 * unknown choices dropped; only what the person typed (postcode, age) is reported back as a fault.
 */
export async function readDirectoryForm(
  search: URLSearchParams,
  geocoder: Geocoder,
): Promise<{ query: SearchQuery; faults: RequestFault[] }> {
  const faults: RequestFault[] = [];
  const query: SearchQuery = { limit: RESULTS_PER_PAGE };
  const ageText = search.get('age')?.trim();
  if (ageText) {
    const age = Number(ageText);
    if (Number.isInteger(age) && age >= 0 && age <= 120) query.age = age;
    else faults.push({ parameter: 'age', message: 'Enter the age as a whole number of years, like 14.' });
  }
  const postcode = search.get('postcode')?.trim();
  if (postcode) {
    const place = await resolvePlace({ postcode }, geocoder);
    if (place.near) query.near = place.near;
    for (const fault of place.faults)
      faults.push({ parameter: 'postcode', message: fault.message.replaceAll('`', '') });
  }
  const pick = (name: string, allowed: Set<string>) =>
    search.getAll(name).filter((value) => allowed.has(value));
  const category = pick('category', CATEGORY_IDS);
  const need = pick('need', NEED_IDS);
  const day = pick('day', DAYS) as DayOfWeek[];
  if (category.length) query.category = category;
  if (need.length) query.need = need;
  if (day.length) query.day = day;
  if (search.get('free') === 'true') query.free = true;
  const q = search.get('q')?.trim().slice(0, 200);
  if (q) query.q = q;
  const page = Number(search.get('page'));
  if (Number.isInteger(page) && page > 1 && page < 10_000) query.page = page;
  return { query, faults };
}
