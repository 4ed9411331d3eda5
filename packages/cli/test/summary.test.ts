import type { Listing } from '@openyouth/schema';
import { describe, expect, it } from 'vitest';
import { listing } from '../../../examples/typed-listing.ts';
import { summariseListings } from '../src/internal/summary.ts';

const rowFor = (given: Listing) => summariseListings([given]).split('\n')[2];
const { eventSchedule: _schedule, ...unscheduled } = listing;
const gbp = (price: number) => ({ price, priceCurrency: 'GBP' as const });

describe('summariseListings', () => {
  it.each<[string, { given: Listing; want: RegExp }]>([
    ['a free listing as free', { given: { ...listing, isAccessibleForFree: true }, want: /free$/ }],
    [
      'concessions at no cost as free for some',
      {
        given: { ...listing, isAccessibleForFree: false, offers: [gbp(0), gbp(2.5)] },
        want: /free for some, else £2\.50$/,
      },
    ],
    [
      'the cheapest price',
      { given: { ...listing, isAccessibleForFree: false, offers: [gbp(3)] }, want: /from £3$/ },
    ],
    ['a weekly schedule by day and time', { given: listing, want: /Sat 10:00/ }],
    ['an online listing as online', { given: { ...listing, attendanceMode: 'online' }, want: /\bonline\b/ }],
    [
      'by appointment when there is no schedule',
      { given: { ...unscheduled, byAppointment: true }, want: /by appointment/ },
    ],
  ])('shows %s', (_name, { given, want }) => {
    expect(rowFor(given)).toMatch(want);
  });

  it('puts a header and one row per listing', () => {
    const lines = summariseListings([listing, listing]).split('\n');
    expect(lines[0]).toMatch(/^Name\s+Kind\s+Ages\s+When\s+Where\s+Cost$/);
    expect(lines).toHaveLength(4);
  });
});
