import type { Listing, Schedule } from '@openyouth/schema';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { featuresOf, matchFeaturesJson, parseMatchFeatures } from '../src/dedupe/match.ts';
import { clusterListings, matchListings } from '../src/index.ts';

const tuesdayEvening: Schedule = {
  repeatFrequency: 'P1W',
  byDay: ['Tuesday'],
  startTime: '17:00',
  endTime: '19:00',
  scheduleTimezone: 'Europe/London',
};

const charityVersion: Listing = {
  type: 'Listing',
  id: 'https://cliftonyouth.org.uk/listings/youth-club',
  name: 'Clifton Youth Club',
  summary: 'Games, food and youth workers to talk to.',
  kind: 'club',
  categories: ['youth-clubs'],
  organizer: { type: 'Organization', id: 'https://cliftonyouth.org.uk/#org', name: 'Clifton Youth Trust' },
  url: 'https://cliftonyouth.org.uk/youth-club',
  dateModified: '2026-10-01T10:00:00Z',
  lastVerified: '2026-10-01',
  ageRange: { minValue: 10, maxValue: 19 },
  attendanceMode: 'in-person',
  isAccessibleForFree: true,
  location: { type: 'Place', address: { postalCode: 'NG11 8AQ' } },
  eventSchedule: [tuesdayEvening],
};

/** The same club as the council's directory retyped it. */
const councilVersion: Listing = {
  ...charityVersion,
  id: 'https://nottinghamcity.gov.uk/directory/services/4411',
  name: 'Clifton Youth Clubs (Tuesdays)',
  organizer: {
    type: 'Organization',
    id: 'https://nottinghamcity.gov.uk/org/77',
    name: 'Clifton Youth Trust Ltd',
  },
  url: 'https://nottinghamcity.gov.uk/directory/services/4411',
  dateModified: '2026-06-01T10:00:00Z',
  lastVerified: '2026-06-01',
  location: { type: 'Place', address: { postalCode: 'ng118aq' } },
  eventSchedule: [{ ...tuesdayEvening, startTime: '17:30' }],
};

const retyped = ['same-organiser', 'same-postcode', 'similar-name', 'overlapping-schedule'];

/** A one-off session at the time of the weekly one. */
const oneOff = (date: string): Schedule => ({
  startDate: date,
  startTime: '17:00',
  endTime: '19:00',
  scheduleTimezone: 'Europe/London',
});
const oneOffCharityVersion: Listing = { ...charityVersion, eventSchedule: [oneOff('2026-12-01')] };

describe('matchListings', () => {
  it.each<[string, { base?: Listing; given: Listing; want: boolean; reasons: string[] }]>([
    [
      'the same id from two sources',
      { given: { ...councilVersion, id: charityVersion.id }, want: true, reasons: ['same-id', ...retyped] },
    ],
    [
      'the same web page, written differently',
      {
        given: { ...councilVersion, url: 'http://www.cliftonyouth.org.uk/youth-club/?utm_source=council' },
        want: true,
        reasons: ['same-url', ...retyped],
      },
    ],
    [
      'a retyped copy: same organiser, postcode, similar name and overlapping sessions',
      {
        given: councilVersion,
        want: true,
        reasons: ['same-organiser', 'same-postcode', 'similar-name', 'overlapping-schedule'],
      },
    ],
    [
      'the same club on a different day',
      {
        given: { ...councilVersion, eventSchedule: [{ ...tuesdayEvening, byDay: ['Thursday'] }] },
        want: false,
        reasons: ['same-organiser', 'same-postcode', 'similar-name'],
      },
    ],
    [
      'another organisation in the same building at the same time',
      {
        given: { ...councilVersion, organizer: { ...councilVersion.organizer, name: 'Nottingham Scouts' } },
        want: false,
        reasons: ['same-postcode', 'similar-name', 'overlapping-schedule'],
      },
    ],
    [
      'a different group of the same organiser at the same time and place',
      {
        given: { ...councilVersion, name: 'Clifton Junior Youth Club', organizer: charityVersion.organizer },
        want: false,
        reasons: ['same-organiser', 'same-postcode', 'overlapping-schedule'],
      },
    ],
    [
      'a numbered group of the same organiser at the same time and place',
      {
        given: { ...councilVersion, name: 'Clifton Youth Club 2', organizer: charityVersion.organizer },
        want: false,
        reasons: ['same-organiser', 'same-postcode', 'overlapping-schedule'],
      },
    ],
    [
      'a copy whose name has accents the other lacks',
      {
        given: { ...councilVersion, name: 'Clífton Youth Clübs' },
        want: true,
        reasons: retyped,
      },
    ],
    [
      'two one-off sessions on the same date',
      {
        base: oneOffCharityVersion,
        given: { ...councilVersion, eventSchedule: [oneOff('2026-12-01')] },
        want: true,
        reasons: retyped,
      },
    ],
    [
      'one-off sessions on different dates',
      {
        base: oneOffCharityVersion,
        given: { ...councilVersion, eventSchedule: [oneOff('2026-12-08')] },
        want: false,
        reasons: ['same-organiser', 'same-postcode', 'similar-name'],
      },
    ],
    [
      'a one-off session on a day the weekly one runs',
      {
        given: { ...councilVersion, eventSchedule: [oneOff('2026-12-01')] },
        want: false,
        reasons: ['same-organiser', 'same-postcode', 'similar-name'],
      },
    ],
    [
      'a copy with no schedule to compare',
      {
        given: (({ eventSchedule: _, ...rest }) => rest)(councilVersion),
        want: false,
        reasons: ['same-organiser', 'same-postcode', 'similar-name'],
      },
    ],
  ])('on %s', (_name, { base = charityVersion, given, want, reasons }) => {
    const match = matchListings(base, given);
    expect(match.same).toBe(want);
    expect(match.reasons).toEqual(reasons);
  });
});

describe('match features as the stores keep them', () => {
  const time = fc
    .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
    .map(([hours, minutes]) => `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`);
  const schedule: fc.Arbitrary<Schedule> = fc.record(
    {
      repeatFrequency: fc.constant('P1W' as const),
      byDay: fc.subarray<NonNullable<Schedule['byDay']>[number]>(['Monday', 'Tuesday', 'Saturday']),
      startDate: fc.constantFrom('2026-12-01', '2027-01-05'),
      startTime: time,
      endTime: time,
      scheduleTimezone: fc.constant('Europe/London'),
    },
    { requiredKeys: ['startTime', 'scheduleTimezone'] },
  );
  // Any Unicode, so names with accents (normalised) and without (not) are both read back.
  const anyText = fc.string({ unit: 'grapheme' });
  const organizer = fc.record(
    { name: anyText, charityNumber: fc.stringMatching(/^[0-9]{6,8}$/) },
    { requiredKeys: ['name'] },
  );
  const listing = fc.record(
    {
      name: anyText,
      organizer,
      url: fc.webUrl(),
      location: fc.constantFrom('BS5 9JB', 'ng11 8aq').map((postalCode) => ({
        type: 'Place' as const,
        address: { postalCode },
      })),
      lastVerified: fc.constant('2026-11-01'),
      eventSchedule: fc.array(schedule, { maxLength: 3 }),
    },
    { requiredKeys: ['name', 'organizer'] },
  );

  it('read back equal to the features of the listing itself', () => {
    fc.assert(
      fc.property(listing, ({ organizer, ...given }) => {
        const { url: _url, location: _location, eventSchedule: _schedule, ...rest } = charityVersion;
        const features = featuresOf({ ...rest, ...given, organizer: { ...rest.organizer, ...organizer } });
        expect(parseMatchFeatures(matchFeaturesJson(features))).toEqual(features);
      }),
    );
  });
});

describe('clusterListings', () => {
  it('merges a retyped copy into one listing that keeps both provenances and says why', () => {
    const unrelated = {
      ...charityVersion,
      id: 'https://other.org.uk/1',
      name: 'Chess Club',
      url: 'https://other.org.uk/chess',
    };
    const clusters = clusterListings([
      { key: 'council/4411', listing: councilVersion },
      { key: 'charity/youth-club', listing: charityVersion },
      {
        key: 'charity/chess',
        listing: { ...unrelated, location: { type: 'Place', address: { postalCode: 'LS1 1AA' } } },
      },
    ]);
    expect(clusters).toHaveLength(2);
    const merged = clusters.find((cluster) => cluster.members.length === 2);
    expect(merged?.listing).toBe(charityVersion);
    expect(merged?.members.map((member) => member.key).sort()).toEqual([
      'charity/youth-club',
      'council/4411',
    ]);
    expect(merged?.links).toEqual([
      {
        from: 'council/4411',
        to: 'charity/youth-club',
        reasons: ['same-organiser', 'same-postcode', 'similar-name', 'overlapping-schedule'],
      },
    ]);
  });

  it('joins chains: a matches b by id and b matches c by web page', () => {
    const b = { ...councilVersion, id: charityVersion.id };
    const c = {
      ...councilVersion,
      id: 'https://third.org.uk/x',
      url: 'https://nottinghamcity.gov.uk/directory/services/4411',
    };
    const clusters = clusterListings([
      { key: 'a', listing: charityVersion },
      { key: 'b', listing: b },
      { key: 'c', listing: c },
    ]);
    expect(clusters.map((cluster) => cluster.members.length)).toEqual([3]);
  });
});
