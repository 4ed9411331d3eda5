/**
 * The nth listing of provider `feed` as bench:harvest serves it: the fields a county-wide provider
 * fills in, leaving out some the validator recommends: it raises 16 notices about each.
 */
export const syntheticListing = (feed: number, n: number) => ({
  type: 'Listing',
  id: `https://provider-${feed}.example.org.uk/listings/${n}`,
  name: `Session ${n} of provider ${feed}`,
  summary: 'A friendly weekly session for young people, with youth workers to talk to.',
  kind: 'group',
  categories: ['youth-clubs'],
  organizer: {
    type: 'Organization',
    id: `https://provider-${feed}.example.org.uk/#org`,
    name: `Provider ${feed}`,
  },
  dateModified: '2026-11-01T10:00:00Z',
  lastVerified: '2026-11-01',
  ageRange: { minValue: 11, maxValue: 16 },
  attendanceMode: 'in-person',
  isAccessibleForFree: true,
  location: {
    type: 'Place',
    // A few hundred venues per provider, as a real county-wide provider would have.
    address: {
      postalCode: `BS${(feed % 16) + 1} ${n % 9}${'ABDEFGHJLN'[n % 10]}${'PQRSTUWXYZ'[Math.floor(n / 10) % 10]}`,
    },
    geo: { latitude: 51.45 + (n % 100) / 1000, longitude: -2.58 + (feed % 100) / 1000 },
  },
  eventSchedule: [
    {
      repeatFrequency: 'P1W',
      byDay: [
        (['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const)[n % 7],
      ],
      startTime: '17:00',
      endTime: '19:00',
      scheduleTimezone: 'Europe/London',
    },
  ],
  referral: { routes: ['self-referral'] },
});
