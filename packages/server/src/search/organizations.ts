import type { Listing, Organization } from '@openyouth/schema';

/** The organisations that run the listings, once each (the first description seen), by name. */
export function collectOrganizations(listings: readonly Listing[]): Organization[] {
  const byId = new Map<string, Organization>();
  for (const listing of listings)
    if (!byId.has(listing.organizer.id)) byId.set(listing.organizer.id, listing.organizer);
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'en') || (a.id < b.id ? -1 : 1));
}
