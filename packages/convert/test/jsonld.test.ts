import { readFileSync } from 'node:fs';
import { jsonLdScriptTag, listingsToJsonLd, listingToJsonLd } from '@openyouth/convert';
import type { Listing } from '@openyouth/schema';
import { describe, expect, it } from 'vitest';
import { exampleListings } from './helpers/fixtures.ts';

const context = JSON.parse(
  readFileSync(new URL('../../../spec/0.1/context.jsonld', import.meta.url), 'utf8'),
)['@context'] as Record<string, string | { '@id': string }>;

/** The schema.org term the spec's context gives an OpenYouth property, if any. */
function schemaTerm(property: string): string | undefined {
  const entry = context[property];
  const id = typeof entry === 'string' ? entry : entry?.['@id'];
  return id?.startsWith('schema:') ? id.slice('schema:'.length) : undefined;
}

const examples = exampleListings();
const byFile = (file: string) => examples.find((e) => e.file === file)?.listing as Listing;

describe('listingToJsonLd', () => {
  it.each(examples.map((e) => [e.file, e.listing] as const))(
    'types %s by its kind, with schema.org as the context',
    (_file, listing) => {
      const { output } = listingToJsonLd(listing);
      expect(output['@context']).toBe('https://schema.org/');
      expect(output['@id']).toBe(listing.id);
      expect(output['@type']).toBe(
        ['service', 'mentoring-scheme', 'helpline'].includes(listing.kind) ? 'Service' : 'Event',
      );
    },
  );

  it.each(
    examples
      .filter((e) => !['service', 'mentoring-scheme', 'helpline'].includes(e.listing.kind))
      .map((e) => [e.file, e.listing] as const),
  )('uses the schema.org term of the spec context for each property of %s', (_file, listing) => {
    const { output } = listingToJsonLd(listing);
    const oneOff = listing.eventSchedule?.length === 1 && !listing.eventSchedule[0]?.repeatFrequency;
    // contact becomes the organizer's contactPoint; Events have no areaServed; a one-off date is startDate.
    const nested = new Set(['contact', 'areaServed', 'inclusion', ...(oneOff ? ['eventSchedule'] : [])]);
    const expected = Object.keys(listing).filter((p) => schemaTerm(p) && !nested.has(p));
    for (const property of expected) expect(output, property).toHaveProperty(schemaTerm(property) as string);
  });

  it('writes an Event with typicalAgeRange, Schedule, Place, Organization and attendance mode', () => {
    const listing = byFile('clifton-youth-club.json');
    const { output } = listingToJsonLd(listing);
    expect(output).toMatchObject({
      '@type': 'Event',
      typicalAgeRange: `${listing.ageRange.minValue}-${listing.ageRange.maxValue}`,
      isAccessibleForFree: listing.isAccessibleForFree,
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      organizer: { '@type': 'Organization', '@id': listing.organizer.id, name: listing.organizer.name },
      location: {
        '@type': 'Place',
        address: { '@type': 'PostalAddress', postalCode: listing.location?.address?.postalCode },
      },
    });
    const schedule = (output.eventSchedule as Record<string, unknown>[])[0];
    const first = listing.eventSchedule?.[0];
    expect(schedule).toMatchObject({
      '@type': 'Schedule',
      startTime: first?.startTime,
      repeatFrequency: first?.repeatFrequency,
      byDay: first?.byDay?.map((d) => `https://schema.org/${d}`),
    });
  });

  it('writes a Service with its provider and audience ages for a counselling service', () => {
    const listing = byFile('steady-ground-counselling.json');
    const { output } = listingToJsonLd(listing);
    expect(output).toMatchObject({
      '@type': 'Service',
      provider: { '@type': 'Organization', name: listing.organizer.name },
      audience: {
        '@type': 'PeopleAudience',
        suggestedMinAge: listing.ageRange.minValue,
        suggestedMaxAge: listing.ageRange.maxValue,
      },
    });
    expect(output).not.toHaveProperty('typicalAgeRange');
  });

  it.each(['referral', 'safeguarding', 'consentAndAccompaniment', 'firstVisit', 'needs', 'space'])(
    'reports %s as lost whenever a listing has it',
    (field) => {
      const withField = examples.filter((e) => field in e.listing);
      expect(withField.length).toBeGreaterThan(0);
      const { report } = listingsToJsonLd(withField.map((e) => e.listing));
      expect(report.filter((n) => n.field === field && n.kind === 'lost')).toHaveLength(withField.length);
    },
  );
});

describe('jsonLdScriptTag', () => {
  it('escapes < so a listing cannot close the script element', () => {
    const tag = jsonLdScriptTag({ name: '</script><script>alert(1)</script>' });
    expect(tag.startsWith('<script type="application/ld+json">\n')).toBe(true);
    expect(tag.match(/<\/script>/g)).toHaveLength(1);
    expect(JSON.parse(tag.slice(tag.indexOf('\n') + 1, tag.lastIndexOf('\n')))).toEqual({
      name: '</script><script>alert(1)</script>',
    });
  });
});
