import type { Listing, Schedule } from '@openyouth/schema';
import { describe, expect, it } from 'vitest';
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

describe('matchListings', () => {
  it.each<[string, { given: Listing; want: boolean; reasons: string[] }]>([
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
      'a copy with no schedule to compare',
      {
        given: (({ eventSchedule: _, ...rest }) => rest)(councilVersion),
        want: false,
        reasons: ['same-organiser', 'same-postcode', 'similar-name'],
      },
    ],
  ])('on %s', (_name, { given, want, reasons }) => {
    const match = matchListings(charityVersion, given);
    expect(match.same).toBe(want);
    expect(match.reasons).toEqual(reasons);
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
