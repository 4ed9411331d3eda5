import { categories, type Listing, type Organization, type Place, type Schedule } from '@openyouth/schema';
import { compact, type JsonObject } from '../internal/values.ts';
import { ReportBuilder } from '../report.ts';
import type { OutputResult } from '../result.ts';
import { conceptLabel } from '../vocab-mapping.ts';

const SCHEMA = 'https://schema.org/';

/** Kinds that are ongoing support rather than sessions: schema.org calls them a Service. */
const SERVICE_KINDS: ReadonlySet<string> = new Set(['service', 'mentoring-scheme', 'helpline']);

// Properties the JSON-LD carries (some in another shape); the rest are reported as lost.
const CARRIED = new Set([
  'type',
  'id',
  'identifier',
  'name',
  'summary',
  'description',
  'kind',
  'categories',
  'image',
  'organizer',
  'url',
  'contact',
  'dateModified',
  'ageRange',
  'eventSchedule',
  'attendanceMode',
  'location',
  'areaServed',
  'online',
  'isAccessibleForFree',
  'offers',
  'inclusion',
]);

const ATTENDANCE = {
  'in-person': 'OfflineEventAttendanceMode',
  online: 'OnlineEventAttendanceMode',
  mixed: 'MixedEventAttendanceMode',
} as const;

function organizationLd(org: Organization, contact: Listing['contact']): JsonObject {
  const identifiers = [
    org.charityNumber && { '@type': 'PropertyValue', propertyID: 'GB-CHC', value: org.charityNumber },
    org.companyNumber && { '@type': 'PropertyValue', propertyID: 'GB-COH', value: org.companyNumber },
  ].filter(Boolean);
  return compact({
    '@type': 'Organization',
    '@id': org.id,
    name: org.name,
    description: org.description,
    url: org.url,
    email: org.email,
    telephone: org.telephone,
    identifier: identifiers.length > 0 ? identifiers : undefined,
    // The listing's own contact is the organisation's point of contact for it.
    contactPoint: contact
      ? compact({
          '@type': 'ContactPoint',
          name: contact.name,
          email: contact.email,
          telephone: contact.telephone,
          url: contact.url,
          hoursAvailable: contact.hours,
        })
      : undefined,
  });
}

function placeLd(place: Place): JsonObject {
  return compact({
    '@type': 'Place',
    '@id': place.id,
    name: place.name,
    description: place.description,
    address: place.address
      ? compact({
          '@type': 'PostalAddress',
          ...place.address,
          addressCountry: place.address.addressCountry ?? 'GB',
        })
      : undefined,
    geo: place.geo ? { '@type': 'GeoCoordinates', ...place.geo } : undefined,
  });
}

function scheduleLd(schedule: Schedule): JsonObject {
  return compact({
    '@type': 'Schedule',
    name: schedule.name,
    repeatFrequency: schedule.repeatFrequency,
    byDay: schedule.byDay?.map((day) => `${SCHEMA}${day}`),
    byMonthWeek: schedule.byMonthWeek,
    byMonthDay: schedule.byMonthDay,
    startDate: schedule.startDate,
    endDate: schedule.endDate,
    startTime: schedule.startTime,
    endTime: schedule.endTime,
    duration: schedule.duration,
    scheduleTimezone: schedule.scheduleTimezone,
    exceptDate: schedule.exceptDate,
  });
}

function offersLd(listing: Listing): JsonObject[] | undefined {
  if (listing.isAccessibleForFree && !listing.offers) {
    return [{ '@type': 'Offer', price: 0, priceCurrency: 'GBP' }];
  }
  return listing.offers?.map((offer) =>
    compact({
      '@type': 'Offer',
      name: offer.name,
      description: offer.description,
      price: offer.price,
      priceCurrency: offer.priceCurrency,
      priceSpecification: offer.unitText
        ? {
            '@type': 'UnitPriceSpecification',
            price: offer.price,
            priceCurrency: offer.priceCurrency,
            unitText: offer.unitText,
          }
        : undefined,
    }),
  );
}

/**
 * A listing as schema.org JSON-LD (an Event, or a Service for ongoing support) with its
 * Organization and Place, for a `<script type="application/ld+json">` on the provider's page.
 * Property names follow the spec's JSON-LD context; what schema.org has no term for is reported.
 */
export function listingToJsonLd(
  listing: Listing,
  report: ReportBuilder = new ReportBuilder(),
  where = '',
): OutputResult<JsonObject> {
  const isService = SERVICE_KINDS.has(listing.kind);
  for (const field of Object.keys(listing)) {
    if (!CARRIED.has(field)) report.lost(where, field, `schema.org has no term for '${field}'.`);
  }
  const { minValue, maxValue } = listing.ageRange;
  const place = listing.location ? placeLd(listing.location) : undefined;
  const virtual = listing.online?.url ? { '@type': 'VirtualLocation', url: listing.online.url } : undefined;
  const locations = [place, listing.attendanceMode !== 'in-person' ? virtual : undefined].filter(Boolean);
  const common = {
    '@context': SCHEMA,
    '@type': isService ? 'Service' : 'Event',
    '@id': listing.id,
    identifier: listing.identifier,
    name: listing.name,
    disambiguatingDescription: listing.summary,
    description: listing.description ?? listing.summary,
    url: listing.url,
    dateModified: listing.dateModified,
    image: listing.image?.map((image) => ({
      '@type': 'ImageObject',
      contentUrl: image.url,
      description: image.description,
    })),
    keywords: listing.categories.map((id) => conceptLabel(categories, id)),
    offers: offersLd(listing),
  };
  let output: JsonObject;
  if (isService) {
    output = compact({
      ...common,
      provider: organizationLd(listing.organizer, listing.contact),
      audience: { '@type': 'PeopleAudience', suggestedMinAge: minValue, suggestedMaxAge: maxValue },
      areaServed: listing.areaServed?.map((area) =>
        compact({ '@type': 'AdministrativeArea', identifier: area.code, name: area.name }),
      ),
      availableChannel:
        locations.length > 0
          ? compact({ '@type': 'ServiceChannel', serviceLocation: place, serviceUrl: listing.online?.url })
          : undefined,
      hoursAvailable: listing.eventSchedule?.map((s) =>
        compact({
          '@type': 'OpeningHoursSpecification',
          dayOfWeek: s.byDay?.map((day) => `${SCHEMA}${day}`),
          opens: s.startTime,
          closes: s.endTime,
          validFrom: s.startDate,
          validThrough: s.endDate,
        }),
      ),
    });
    if (listing.isAccessibleForFree)
      report.lost(
        where,
        'isAccessibleForFree',
        'A schema.org Service says free only as an Offer with price 0.',
      );
  } else {
    const oneOff =
      listing.eventSchedule?.length === 1 && !listing.eventSchedule[0]?.repeatFrequency
        ? listing.eventSchedule[0]
        : undefined;
    output = compact({
      ...common,
      organizer: organizationLd(listing.organizer, listing.contact),
      location: locations.length === 1 ? locations[0] : locations.length > 1 ? locations : undefined,
      typicalAgeRange: `${minValue}-${maxValue}`,
      isAccessibleForFree: listing.isAccessibleForFree,
      eventAttendanceMode: `${SCHEMA}${ATTENDANCE[listing.attendanceMode]}`,
      eventSchedule: oneOff ? undefined : listing.eventSchedule?.map(scheduleLd),
      startDate: oneOff?.startDate ? `${oneOff.startDate}T${oneOff.startTime}` : undefined,
      endDate:
        oneOff?.startDate && oneOff.endTime
          ? `${oneOff.endDate ?? oneOff.startDate}T${oneOff.endTime}`
          : undefined,
      inLanguage: listing.inclusion?.languages,
    });
    if (listing.areaServed) report.lost(where, 'areaServed', 'A schema.org Event has no areaServed.');
    if (oneOff?.scheduleTimezone)
      report.lost(
        `${where}/eventSchedule/0`,
        'scheduleTimezone',
        'A one-off date is written as local time without its timezone.',
      );
  }
  if (listing.inclusion) {
    for (const field of Object.keys(listing.inclusion)) {
      if (field !== 'languages' || isService)
        report.lost(`${where}/inclusion`, field, `schema.org has no term for inclusion '${field}'.`);
    }
  }
  report.lost(where, 'kind', `Carried only as the schema.org type ${isService ? 'Service' : 'Event'}.`);
  return { output, report: report.notices };
}

/** Several listings, each as its own JSON-LD document. */
export function listingsToJsonLd(listings: readonly Listing[]): OutputResult<JsonObject[]> {
  const report = new ReportBuilder();
  const output = listings.map((listing, i) => listingToJsonLd(listing, report, `/${i}`).output);
  return { output, report: report.notices };
}

/**
 * A `<script type="application/ld+json">` element for a web page. `<` is escaped so text in the
 * data can never close the script element early.
 */
export function jsonLdScriptTag(document: JsonObject | readonly JsonObject[]): string {
  const json = JSON.stringify(document, null, 2).replaceAll('<', '\\u003c');
  return `<script type="application/ld+json">\n${json}\n</script>`;
}
