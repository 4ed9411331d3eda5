import {
  checkListings,
  findInListings,
  openYouthToListings,
  orukToListings,
  ReportBuilder,
  readSheets,
  type SheetData,
  validateConverted,
  writeSheets,
} from '@openyouth/convert';
import type { Listing } from '@openyouth/schema';
import { createValidator } from '@openyouth/validator';
import { describe, expect, it } from 'vitest';
import { exampleListings, hsdsFixture } from './helpers/fixtures.ts';

const NOW = new Date('2026-11-24T12:00:00Z');
const examples = exampleListings();
const club = examples.find((e) => e.file === 'clifton-youth-club.json')?.listing as Listing;

describe('converted listings and the validator', () => {
  it('leaves out a listing that breaks the schema, reporting the validator’s message at its pointer', () => {
    const tooOld = { ...club, ageRange: { minValue: 10, maxValue: 130 } };
    const { listings, report } = openYouthToListings([club, tooOld], { now: NOW });
    expect(listings).toEqual([club]);
    expect(report.filter((n) => n.kind !== 'quality')).toEqual([
      {
        kind: 'not-convertible',
        where: '/1',
        message:
          'The converted listing is not valid OpenYouth data. /ageRange/maxValue: 130 is out of range: it must be <= 120.',
      },
    ]);
  });

  it('keeps a listing with only rule notices, and reports each with its code, severity and pointer', () => {
    const inverted = {
      ...club,
      eventSchedule: [{ ...club.eventSchedule?.[0], endTime: '16:00' }],
    } as Listing;
    const report = new ReportBuilder();
    const kept = checkListings([{ listing: inverted, where: '/services/4' }], report, { now: NOW });
    expect(kept).toEqual([inverted]);
    expect(report.notices).toContainEqual({
      kind: 'quality',
      where: '/services/4',
      code: 'schedule_end_time_before_start_time',
      severity: 'error',
      instancePath: '/eventSchedule/0/endTime',
      message: 'Sessions finish (16:00) at or before they start (17:00).',
    });
    expect(report.notices.some((n) => n.kind === 'not-convertible')).toBe(false);
  });

  it('checks the listings of one conversion as one dataset, so a repeated id is reported on the second', () => {
    const { listings, report } = openYouthToListings([club, club], { now: NOW });
    expect(listings).toHaveLength(2);
    expect(report.filter((n) => n.code === 'listing_id_duplicate')).toEqual([
      {
        kind: 'quality',
        where: '/1',
        code: 'listing_id_duplicate',
        severity: 'error',
        instancePath: '/id',
        message: `The id ${club.id} is already used by the listing at /0.`,
      },
    ]);
  });

  it('finds, per listing, a dataset rule’s notices too, errors first, and writes up only when asked', () => {
    const unverified = { ...club, lastVerified: '2020-01-01' } as Listing;
    const followsNothing = {
      ...club,
      id: 'https://example.org.uk/listings/seniors',
      endings: { followOn: [{ id: 'https://example.org.uk/listings/gone', name: 'Gone' }] },
    } as Listing;
    const listings = [club, unverified, followsNothing, club];
    const found = findInListings(listings, { now: NOW });
    expect(found.map(({ passedSchema }) => passedSchema)).toEqual([true, true, true, true]);
    const [, second, third, fourth] = found;
    expect(second?.findings.map(({ code }) => code)).toContain('last_verified_over_12_months');
    // Found at the end of the run, against the whole array, and handed to the listing it is about.
    expect(third?.findings.find(({ code }) => code === 'follow_on_not_found')).toMatchObject({
      instancePath: '/endings/followOn/0/id',
      listingPath: '/2',
    });
    expect(fourth?.findings.find(({ code }) => code === 'listing_id_duplicate')).toMatchObject({
      severity: 'error',
      instancePath: '/id',
      listingPath: '/3',
    });
    const notices = validateConverted(listings, { now: NOW }).map(({ notices }) => notices);
    // The validator's own report, keeping every notice, lists them by severity, then code, then as found.
    const report = createValidator({ now: NOW, maxSamplesPerCode: 1000 });
    report.document(listings, { name: 'listings' });
    const samples = report.finish().notices.flatMap(({ samples }) => samples);
    expect(notices).toEqual(
      listings.map((_listing, index) =>
        samples
          .filter(({ instancePath }) => `${instancePath}/`.startsWith(`/${index}/`))
          .map(({ source: _source, ...notice }) => ({
            ...notice,
            instancePath: notice.instancePath.slice(`/${index}`.length),
          })),
      ),
    );
    expect(notices[3]?.[0]).toMatchObject({ code: 'listing_id_duplicate' });
  });

  it('judges dates against the now it is given', () => {
    const stale = (now: Date) =>
      openYouthToListings(club, { now }).report.filter((n) => n.code === 'last_verified_over_12_months');
    expect(stale(NOW)).toEqual([]);
    expect(stale(new Date('2031-01-01T12:00:00Z'))).toHaveLength(1);
  });
});

describe('the HSDS 3 full service example through the validator', () => {
  const { listings, report } = orukToListings(hsdsFixture('service_full.json'), {
    baseUrl: 'https://directory.example.org/api/',
    now: NOW,
  });

  it('is converted and kept, with the validator’s notices on it visible in the report', () => {
    expect(listings).toHaveLength(1);
    expect(
      report.filter((n) => n.kind === 'quality').map((n) => [n.code, n.severity, n.instancePath]),
    ).toEqual([
      // The example's web and email addresses are placeholders (example.com), and so is our test base URL.
      ['address_is_placeholder', 'error', '/id'],
      ['address_is_placeholder', 'error', '/organizer/id'],
      ['address_is_placeholder', 'error', '/organizer/url'],
      ['address_is_placeholder', 'error', '/organizer/email'],
      ['address_is_placeholder', 'error', '/url'],
      ['address_is_placeholder', 'error', '/contact/email'],
      ['age_range_above_25', 'warning', '/ageRange/maxValue'],
      ['consent_missing_for_under_16', 'warning', ''],
      ['last_verified_over_12_months', 'warning', '/lastVerified'],
      ['listing_dates_all_past', 'warning', '/eventSchedule'],
      ['location_geo_missing', 'warning', '/location'],
      ['safeguarding_missing', 'warning', ''],
      ['recommended_property_missing', 'info', ''],
      ['recommended_property_missing', 'info', ''],
      ['recommended_property_missing', 'info', ''],
      ['recommended_property_missing', 'info', '/referral'],
    ]);
    expect(report.filter((n) => n.kind === 'quality').every((n) => n.where === '')).toBe(true);
  });
});

describe('quality notices in a spreadsheet', () => {
  /** Sheets for the club with one cell of the first row of `sheet` replaced. */
  function sheetsWith(sheetName: string, title: string, value: string): SheetData[] {
    const sheets = writeSheets([club]).output.map((s) => ({ name: s.name, rows: s.rows.map((r) => [...r]) }));
    const sheet = sheets.find((s) => s.name === sheetName) as { rows: unknown[][] };
    (sheet.rows[1] as unknown[])[(sheet.rows[0] as string[]).indexOf(title)] = value;
    return sheets as SheetData[];
  }

  it('are located at the sheet, row and column of a linked sheet the value came from', () => {
    const { listings, report } = readSheets(sheetsWith('Schedules', 'End time', '16:00'), { now: NOW });
    expect(listings).toHaveLength(1);
    expect(report).toContainEqual({
      kind: 'quality',
      where: "Sheet 'Schedules', row 2, column 'End time'",
      field: 'End time',
      code: 'schedule_end_time_before_start_time',
      severity: 'error',
      instancePath: '/eventSchedule/0/endTime',
      message: 'Sessions finish (16:00) at or before they start (17:00).',
    });
  });
});
