// Write a listing with the TypeScript types of the standard, then check it against the schema.
// Run: node --conditions=@openyouth/source examples/typed-listing.ts
import { createSpecAjv, type Listing, schemaId } from '@openyouth/schema';

export const listing: Listing = {
  type: 'Listing',
  id: 'https://riversidecommunityfarm.org.uk/listings/young-growers',
  name: 'Young Growers',
  summary: 'Grow vegetables, look after the farm animals and cook what you pick, with a friendly team.',
  kind: 'group',
  categories: ['gardening-and-growing', 'nature-and-outdoors'],
  needs: ['low-mood', 'something-to-do'],
  fiveWaysToWellbeing: ['take-notice', 'be-active'],
  organizer: {
    type: 'Organization',
    id: 'https://riversidecommunityfarm.org.uk/#organization',
    name: 'Riverside Community Farm',
  },
  dateModified: '2026-11-01T10:00:00Z',
  lastVerified: '2026-11-01',
  ageRange: { minValue: 11, maxValue: 16 },
  attendanceMode: 'in-person',
  isAccessibleForFree: true,
  eventSchedule: [
    {
      repeatFrequency: 'P1W',
      byDay: ['Saturday'],
      startTime: '10:00',
      endTime: '12:00',
      scheduleTimezone: 'Europe/London',
    },
  ],
  location: { type: 'Place', name: 'Riverside Community Farm', address: { postalCode: 'NE6 1AS' } },
  referral: { routes: ['self-referral', 'parent-or-carer'] },
};

export function checkListing(candidate: unknown): string[] {
  const validate = createSpecAjv({ allErrors: true }).getSchema(schemaId('listing'));
  if (!validate) throw new Error('The listing schema is missing.');
  return validate(candidate) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
}

if (import.meta.main) {
  const problems = checkListing(listing);
  console.log(problems.length ? problems.join('\n') : `${listing.name} is a valid OpenYouth listing.`);
}
