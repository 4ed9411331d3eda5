import {
  audiences,
  categories,
  type Listing,
  needs,
  referralRoutes,
  type Vocabulary,
} from '@openyouth/schema';
import { uuidV5 } from '../internal/uuid.ts';
import { compact, type JsonObject } from '../internal/values.ts';
import { ReportBuilder } from '../report.ts';
import type { OutputResult } from '../result.ts';
import { conceptLabel, conceptUri, mappingsTo } from '../vocab-mapping.ts';
import { scheduleToHsds } from './schedule.ts';

// Listing properties the ORUK service carries; the rest are reported as lost, once per listing.
const CARRIED = new Set([
  'type',
  'id',
  'identifier',
  'name',
  'summary',
  'description',
  'kind',
  'categories',
  'needs',
  'organizer',
  'url',
  'contact',
  'dateModified',
  'ageRange',
  'eventSchedule',
  'scheduleDescription',
  'attendanceMode',
  'location',
  'areaServed',
  'online',
  'isAccessibleForFree',
  'offers',
  'referral',
  'inclusion',
  'lastVerified',
]);

const ESD_SCHEME = {
  'esd-services': 'esd-services',
  'esd-needs': 'esd-needs',
  'esd-circumstances': 'esd-circumstances',
} as const;

function taxonomyAttributes(serviceId: string, vocabulary: Vocabulary, ids: readonly string[]): JsonObject[] {
  return ids.flatMap((id) => {
    const own = {
      uri: conceptUri(vocabulary.id, id),
      label: conceptLabel(vocabulary, id),
      taxonomy: `OpenYouth ${vocabulary.id}`,
    };
    // Our own term always travels (so a round trip is exact); an ESD term too where one is mapped.
    const esd = (Object.keys(ESD_SCHEME) as (keyof typeof ESD_SCHEME)[]).flatMap((scheme) =>
      mappingsTo(vocabulary, id, scheme).map((m) => ({ uri: m.uri, label: m.label, taxonomy: scheme })),
    );
    return [own, ...esd].map((term) => {
      const termId = uuidV5(term.uri);
      return {
        id: uuidV5(`${serviceId}|${term.uri}`),
        link_id: serviceId,
        link_type: 'service',
        taxonomy_term_id: termId,
        taxonomy_term: {
          id: termId,
          name: term.label,
          description: term.label,
          taxonomy: term.taxonomy,
          term_uri: term.uri,
        },
      };
    });
  });
}

function serviceOf(listing: Listing, index: number, report: ReportBuilder): JsonObject {
  const where = `/${index}`;
  const id = orukServiceId(listing.id);
  const at = (name: string) => uuidV5(`${listing.id}#${name}`);
  for (const field of Object.keys(listing)) {
    if (!CARRIED.has(field))
      report.lost(where, field, `'${field}' has no place in an Open Referral UK service.`);
  }
  const org = listing.organizer;
  const orgId = uuidV5(org.id);
  const identifiers = [
    org.charityNumber && {
      identifier_type: 'Charity number',
      identifier_scheme: 'GB-CHC',
      identifier: org.charityNumber,
    },
    org.companyNumber && {
      identifier_type: 'Company number',
      identifier_scheme: 'GB-COH',
      identifier: org.companyNumber,
    },
  ]
    .filter((x): x is { identifier_type: string; identifier_scheme: string; identifier: string } => !!x)
    .map((x) => ({ id: uuidV5(`${org.id}#${x.identifier_scheme}`), organization_id: orgId, ...x }));
  if (org.telephone)
    report.lost(`${where}/organizer`, 'telephone', 'The UK profile has no phone numbers on organisations.');

  const service: JsonObject = compact({
    id,
    organization_id: orgId,
    name: listing.name,
    description: listing.description ? `${listing.summary}\n\n${listing.description}` : listing.summary,
    url: listing.url,
    email: listing.contact?.email,
    status: listing.referral?.capacityStatus === 'paused' ? 'temporarily closed' : 'active',
    application_process: listing.referral?.howToRefer,
    eligibility_description: listing.referral?.eligibility,
    fees: listing.isAccessibleForFree
      ? 'Free'
      : listing.offers
          ?.map(
            (o) =>
              `${o.name ? `${o.name}: ` : ''}${o.price} ${o.priceCurrency}${o.unitText ? ` ${o.unitText}` : ''}`,
          )
          .join('; '),
    minimum_age: listing.ageRange.minValue,
    maximum_age: listing.ageRange.maxValue,
    assured_date: listing.lastVerified,
    last_modified: listing.dateModified,
    organization: compact({
      id: orgId,
      name: org.name,
      description: org.description ?? org.name,
      email: org.email,
      website: org.url,
      uri: org.id,
      organization_identifiers: identifiers.length > 0 ? identifiers : undefined,
    }),
  });
  if (listing.contact?.telephone)
    report.lost(`${where}/contact`, 'telephone', 'The UK profile has no phone numbers on services.');
  if (listing.contact?.name)
    service.contacts = [{ id: at('contact'), service_id: id, title: listing.contact.name }];

  const schedules: JsonObject[] = (listing.eventSchedule ?? []).map((schedule, i) => ({
    id: at(`schedule-${i}`),
    service_id: id,
    ...scheduleToHsds(schedule),
  }));
  if (listing.scheduleDescription && schedules[0]) schedules[0].notes = listing.scheduleDescription;
  if (schedules.length > 0) service.schedules = schedules;
  (listing.eventSchedule ?? []).forEach((schedule, i) => {
    for (const field of ['ageRange', 'schoolTerms', 'schoolTermsArea', 'exceptDate', 'duration'] as const) {
      if (schedule[field] !== undefined) {
        report.lost(`${where}/eventSchedule/${i}`, field, `An HSDS schedule has no '${field}'.`);
      }
    }
  });

  const locations: JsonObject[] = [];
  if (listing.location) {
    const place = listing.location;
    const locationId = place.id ? uuidV5(place.id) : at('location');
    const address = place.address;
    locations.push({
      id: at('service-at-location'),
      service_id: id,
      location_id: locationId,
      location: compact({
        id: locationId,
        location_type: 'physical',
        name: place.name,
        description: place.description,
        transportation: place.publicTransport,
        latitude: place.geo?.latitude,
        longitude: place.geo?.longitude,
        addresses: address
          ? [
              compact({
                id: uuidV5(`${locationId}#address`),
                location_id: locationId,
                address_1: address.streetAddress ?? place.name ?? '',
                city: address.addressLocality ?? '',
                region: address.addressRegion,
                state_province: address.addressRegion ?? '',
                postal_code: address.postalCode,
                country: address.addressCountry ?? 'GB',
                address_type: 'physical',
              }),
            ]
          : undefined,
      }),
    });
  }
  if (listing.attendanceMode !== 'in-person') {
    const locationId = at('online');
    locations.push({
      id: at('service-at-online'),
      service_id: id,
      location_id: locationId,
      location: compact({
        id: locationId,
        location_type: 'virtual',
        name: listing.online?.platform ?? 'Online',
        description: listing.online?.howToJoin,
        url: listing.online?.url,
      }),
    });
  }
  if (locations.length > 0) service.service_at_locations = locations;

  if (listing.areaServed) {
    service.service_areas = listing.areaServed.map((area) =>
      compact({
        id: uuidV5(`${listing.id}#area-${area.code}`),
        service_id: id,
        name: area.name ?? area.code,
        service_area: area.name ?? area.code,
        uri: `http://statistics.data.gov.uk/id/statistical-geography/${area.code}`,
      }),
    );
  }

  if (listing.offers && !listing.isAccessibleForFree) {
    service.cost_options = listing.offers.map((offer, i) => {
      if (offer.eligibility)
        report.lost(`${where}/offers/${i}`, 'eligibility', 'A cost option says who it is for only in words.');
      return compact({
        id: at(`offer-${i}`),
        service_id: id,
        option: offer.name ?? offer.eligibility?.join(', '),
        currency: offer.priceCurrency,
        amount: offer.price,
        amount_description: offer.unitText ?? offer.description,
      });
    });
  }

  const languages = listing.inclusion?.languages ?? [];
  if (languages.length > 0) {
    service.languages = languages.map((code) => ({
      id: uuidV5(`${listing.id}#language-${code}`),
      service_id: id,
      code,
    }));
  }
  if (listing.inclusion) {
    for (const field of ['features', 'openToOthers', 'sendSupport', 'description'] as const) {
      if (listing.inclusion[field] !== undefined)
        report.lost(`${where}/inclusion`, field, `The UK profile has no '${field}'.`);
    }
  }
  if (listing.referral) {
    // Routes travel as taxonomy terms, howToRefer and eligibility as HSDS's own texts.
    for (const field of ['url', 'telephone', 'email', 'waitingTime', 'comeAndTry'] as const) {
      if (listing.referral[field] !== undefined)
        report.lost(`${where}/referral`, field, `The UK profile service has no '${field}'.`);
    }
  }
  if (listing.online)
    report.lost(
      `${where}/online`,
      'online',
      'Only the platform, link and how to join travel, as a virtual location.',
    );

  service.attributes = [
    ...taxonomyAttributes(id, categories, listing.categories),
    ...taxonomyAttributes(id, needs, listing.needs ?? []),
    ...taxonomyAttributes(id, audiences, listing.inclusion?.specificallyFor ?? []),
    ...taxonomyAttributes(id, referralRoutes, listing.referral?.routes ?? []),
  ];
  return service;
}

/**
 * Maps OpenYouth listings to Open Referral UK (HSDS 3 UK profile) services, for an
 * ORUK-compatible view. Ids are name-based UUIDs of the listing URLs, so they never change.
 */
export function listingsToOruk(listings: readonly Listing[]): OutputResult<JsonObject[]> {
  const report = new ReportBuilder();
  return { output: listings.map((listing, i) => serviceOf(listing, i, report)), report: report.notices };
}

/** The ORUK service id a listing gets: a version-5 UUID of its URL, stable across conversions. */
export function orukServiceId(listingId: string): string {
  return uuidV5(listingId);
}

/** An ORUK page envelope (`GET /services`) around services. */
export function orukPage(
  services: readonly JsonObject[],
  page: { pageNumber: number; size: number; totalItems: number },
): JsonObject {
  const totalPages = Math.max(1, Math.ceil(page.totalItems / page.size));
  return {
    total_items: page.totalItems,
    total_pages: totalPages,
    page_number: page.pageNumber,
    size: page.size,
    first_page: page.pageNumber === 1,
    last_page: page.pageNumber >= totalPages,
    empty: services.length === 0,
    contents: services,
  };
}
