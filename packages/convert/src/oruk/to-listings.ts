import type { AdministrativeArea, Listing, Offer, Organization, Place, Schedule } from '@openyouth/schema';
import { checkListings } from '../check-listings.ts';
import {
  arrayOf,
  boundedText,
  compact,
  firstSentence,
  isDate,
  isEmail,
  isObject,
  isWebUrl,
  type JsonObject,
  textOf,
} from '../internal/values.ts';
import { ReportBuilder } from '../report.ts';
import type { ListingsResult } from '../result.ts';
import { matchTerm } from '../vocab-mapping.ts';
import { type Route, referralOf, routeOfTerm } from './referral.ts';
import { hsdsScheduleToSchedule } from './schedule.ts';

export interface OrukToListingsOptions {
  /**
   * The base URL of the ORUK API the services come from. Listing ids are made from it
   * (`<baseUrl>services/<id>`), because OpenYouth ids are URLs and HSDS ids are UUIDs.
   */
  readonly baseUrl: string;
  /**
   * Used as `dateModified` when a service has no `last_modified`, and the moment the validator
   * judges "past" and "stale" against; defaults to the time of conversion.
   */
  readonly now?: Date;
}

// Fields of an HSDS service this mapping reads; anything else present is reported as lost.
const READ = new Set([
  'id',
  'organization_id',
  'program_id',
  'name',
  'description',
  'url',
  'email',
  'status',
  'application_process',
  'fees',
  'fees_description',
  'eligibility_description',
  'minimum_age',
  'maximum_age',
  'assured_date',
  'last_modified',
  'phones',
  'schedules',
  'service_areas',
  'service_at_locations',
  'languages',
  'organization',
  'cost_options',
  'contacts',
  'attributes',
]);

const GSS_CODE = /\b([EWSN]\d{8})\b/;

/** The services in an HSDS document: one service, an array, a page (`contents`) or `{ services }`. */
export function servicesIn(document: unknown): { service: JsonObject; where: string }[] {
  if (Array.isArray(document)) {
    return document.filter(isObject).map((service, i) => ({ service, where: `/${i}` }));
  }
  if (!isObject(document)) return [];
  for (const key of ['contents', 'services']) {
    if (Array.isArray(document[key])) {
      return (document[key] as unknown[]).flatMap((service, i) =>
        isObject(service) ? [{ service, where: `/${key}/${i}` }] : [],
      );
    }
  }
  return [{ service: document, where: '' }];
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}

function ageRangeOf(
  service: JsonObject,
  where: string,
  report: ReportBuilder,
): Listing['ageRange'] | undefined {
  const min = service.minimum_age;
  const max = service.maximum_age;
  const isAge = (v: unknown): v is number =>
    typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= 120;
  if (isAge(min) && isAge(max) && min <= max) return { minValue: min, maxValue: max };
  const missing = [isAge(min) ? undefined : 'minimum_age', isAge(max) ? undefined : 'maximum_age'].filter(
    Boolean,
  );
  report.notConvertible(
    where,
    missing.length > 0
      ? `No usable ${missing.join(' and ')}: without both ages a service is not youth data, so it was left out.`
      : `minimum_age ${String(min)} is above maximum_age ${String(max)}, so the service was left out.`,
  );
  return undefined;
}

function organizerOf(
  service: JsonObject,
  baseUrl: string,
  where: string,
  report: ReportBuilder,
): Organization | undefined {
  const org = service.organization;
  if (!isObject(org) || !textOf(org.name)) {
    report.notConvertible(
      where,
      'The service has no organization with a name, which an OpenYouth listing needs.',
    );
    return undefined;
  }
  const orgWhere = `${where}/organization`;
  const phone = arrayOf(org.phones).find(isObject);
  const id = isWebUrl(org.uri)
    ? org.uri
    : `${baseUrl}organizations/${encodeURIComponent(String(org.id ?? org.name))}`;
  const organizer: Organization = compact({
    type: 'Organization' as const,
    id,
    name: boundedText(org.name, 200, report, orgWhere, 'name') as string,
    description: boundedText(org.description, 2000, report, orgWhere, 'description'),
    url: isWebUrl(org.website) ? org.website : undefined,
    email: isEmail(org.email) ? org.email : undefined,
    telephone: phoneNumber(phone?.number),
  });
  for (const identifier of arrayOf(org.organization_identifiers).filter(isObject)) {
    const type =
      `${textOf(identifier.identifier_type) ?? ''} ${textOf(identifier.identifier_scheme) ?? ''}`.toLowerCase();
    const value = textOf(identifier.identifier)?.toUpperCase();
    if (value && type.includes('charity') && /^[A-Z0-9][A-Z0-9 -]{3,14}$/.test(value))
      organizer.charityNumber = value;
    else if (value && type.includes('compan') && /^([0-9]{8}|[A-Z]{2}[0-9]{6})$/.test(value))
      organizer.companyNumber = value;
    else
      report.lost(
        orgWhere,
        'organization_identifiers',
        `The identifier '${value ?? ''}' is not a charity or company number.`,
      );
  }
  for (const field of [
    'alternate_name',
    'logo',
    'legal_status',
    'tax_status',
    'year_incorporated',
    'funding',
    'contacts',
  ]) {
    if (org[field] !== undefined && org[field] !== null && org[field] !== '') {
      report.lost(orgWhere, field, `An organization's '${field}' has no OpenYouth equivalent.`);
    }
  }
  return organizer;
}

/** HSDS phone numbers are free text; keep a number only when it is plausibly one. */
function phoneNumber(value: unknown): string | undefined {
  const text = textOf(value)?.replaceAll('"', '').trim();
  return text && /^[+0-9][0-9 ()-]{2,31}$/.test(text) ? text : undefined;
}

function placeOf(location: JsonObject, where: string, report: ReportBuilder): Place {
  const place: Place = compact({
    type: 'Place' as const,
    name: boundedText(location.name, 200, report, where, 'name'),
    description: boundedText(location.description, 1000, report, where, 'description'),
    publicTransport: boundedText(location.transportation, 500, report, where, 'transportation'),
  });
  const lat = location.latitude;
  const lon = location.longitude;
  if (typeof lat === 'number' && typeof lon === 'number') {
    if (lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180) place.geo = { latitude: lat, longitude: lon };
    else
      report.lost(
        where,
        'latitude',
        `(${lat}, ${lon}) is not a position on Earth, so the map position was left out.`,
      );
  }
  const addresses = arrayOf(location.addresses).filter(isObject);
  const address = addresses.find((a) => a.address_type !== 'postal') ?? addresses[0];
  if (address) {
    const postalCode = textOf(address.postal_code);
    if (postalCode && postalCode.length <= 16) {
      const street = [textOf(address.address_1), textOf(address.address_2)].filter(Boolean).join(', ');
      const country = textOf(address.country)?.toUpperCase();
      place.address = compact({
        streetAddress: street ? street.slice(0, 200) : undefined,
        addressLocality: textOf(address.city)?.slice(0, 100),
        addressRegion: (textOf(address.region) ?? textOf(address.state_province))?.slice(0, 100),
        postalCode,
        addressCountry: country && /^[A-Z]{2}$/.test(country) ? country : undefined,
      });
      if (textOf(address.attention))
        report.lost(where, 'attention', 'A named addressee is personal data and is not carried.');
    } else {
      report.lost(where, 'addresses', 'The address has no postcode, which an OpenYouth address needs.');
    }
  }
  for (const field of ['accessibility', 'external_identifier', 'alternate_name']) {
    if (location[field] !== undefined && !(Array.isArray(location[field]) && location[field].length === 0)) {
      report.lost(where, field, `A location's '${field}' has no OpenYouth equivalent.`);
    }
  }
  return place;
}

function offersOf(
  service: JsonObject,
  where: string,
  report: ReportBuilder,
): { free: boolean; offers: Offer[] } {
  const offers: Offer[] = [];
  arrayOf(service.cost_options).forEach((option, i) => {
    const optionWhere = `${where}/cost_options/${i}`;
    if (!isObject(option)) return;
    const currency = (textOf(option.currency) ?? 'GBP').toUpperCase();
    if (typeof option.amount !== 'number' || option.amount < 0 || !['GBP', 'EUR'].includes(currency)) {
      report.lost(optionWhere, 'amount', 'The cost option has no amount in GBP or EUR.');
      return;
    }
    const unit = textOf(option.amount_description);
    offers.push(
      compact({
        name: textOf(option.option)?.slice(0, 100),
        price: option.amount,
        priceCurrency: currency as Offer['priceCurrency'],
        unitText: unit && unit.length <= 50 ? unit : undefined,
        description: unit && unit.length > 50 ? unit.slice(0, 500) : undefined,
      }),
    );
    if (option.valid_from || option.valid_to) {
      report.lost(optionWhere, 'valid_from', 'OpenYouth prices have no dates of validity.');
    }
  });
  if (offers.length > 0) {
    const free = offers.every((offer) => offer.price === 0);
    return { free, offers: free ? [] : offers };
  }
  const fees = `${textOf(service.fees) ?? ''} ${textOf(service.fees_description) ?? ''}`.toLowerCase();
  if (/\bfree\b/.test(fees) && !/£|\bcharge|\bpay/.test(fees)) return { free: true, offers };
  report.assumed(
    where,
    'cost_options',
    fees.trim()
      ? 'The cost is only described in words (fees_description), so the listing says it is not free; check the price.'
      : 'The service says nothing about cost, so the listing says it is not free; check it.',
  );
  return { free: false, offers };
}

function areasOf(service: JsonObject, where: string, report: ReportBuilder): AdministrativeArea[] {
  const areas: AdministrativeArea[] = [];
  arrayOf(service.service_areas).forEach((area, i) => {
    if (!isObject(area)) return;
    const code = [area.uri, area.extent, area.service_area, area.name]
      .map((v) => (typeof v === 'string' ? GSS_CODE.exec(v)?.[1] : undefined))
      .find(Boolean);
    if (code) areas.push(compact({ code, name: textOf(area.name)?.slice(0, 100) }));
    else
      report.lost(
        `${where}/service_areas/${i}`,
        'service_areas',
        'The service area has no ONS GSS code, which OpenYouth areas use.',
      );
  });
  return areas;
}

function classify(service: JsonObject, where: string, report: ReportBuilder) {
  const found = { categories: [] as string[], needs: [] as string[], audiences: [] as string[] };
  const routes: Route[] = [];
  arrayOf(service.attributes).forEach((attribute, i) => {
    const term =
      isObject(attribute) && isObject(attribute.taxonomy_term) ? attribute.taxonomy_term : undefined;
    if (!term) return;
    const route = routeOfTerm(textOf(term.term_uri));
    if (route) {
      if (!routes.includes(route)) routes.push(route);
      return;
    }
    const match = matchTerm({ uri: textOf(term.term_uri), name: textOf(term.name) ?? textOf(term.term) });
    if (match && !found[match.vocabulary].includes(match.id)) found[match.vocabulary].push(match.id);
    if (!match) {
      report.lost(
        `${where}/attributes/${i}/taxonomy_term`,
        'taxonomy_term',
        `The taxonomy term '${textOf(term.name) ?? textOf(term.term_uri) ?? ''}' has no OpenYouth equivalent in the mapping table.`,
      );
    }
  });
  if (found.categories.length === 0) {
    // Fall back to the service's own name: a term name in it is a strong enough signal to propose.
    const name = (textOf(service.name) ?? '').toLowerCase();
    const guess = name
      .split(/[^a-z-]+/)
      .map((word) => matchTerm({ name: word }))
      .find((m) => m?.vocabulary === 'categories');
    if (guess) {
      found.categories.push(guess.id);
      report.assumed(
        where,
        'attributes',
        `No taxonomy term maps to a category; '${guess.id}' was taken from the service name. Check it.`,
      );
    }
  }
  return { ...found, routes };
}

function convertService(
  service: JsonObject,
  where: string,
  options: OrukToListingsOptions,
  report: ReportBuilder,
): Listing | undefined {
  const baseUrl = withSlash(options.baseUrl);
  const id = textOf(service.id);
  const name = textOf(service.name);
  if (!id || !name) {
    report.notConvertible(where, 'The service has no id or no name.');
    return undefined;
  }
  if (service.status !== undefined && service.status !== 'active') {
    report.notConvertible(where, `The service's status is '${String(service.status)}', not 'active'.`);
    return undefined;
  }
  const ageRange = ageRangeOf(service, where, report);
  const organizer = organizerOf(service, baseUrl, where, report);
  const classes = classify(service, where, report);
  if (classes.categories.length === 0) {
    report.notConvertible(
      where,
      'No taxonomy term or word in the name maps to an OpenYouth category, which a listing needs.',
    );
  }
  if (!ageRange || !organizer || classes.categories.length === 0) return undefined;

  for (const [field, value] of Object.entries(service)) {
    if (
      !READ.has(field) &&
      value !== undefined &&
      value !== null &&
      value !== '' &&
      !(Array.isArray(value) && value.length === 0)
    ) {
      report.lost(where, field, `A service's '${field}' has no OpenYouth equivalent.`);
    }
  }

  // A first short paragraph is taken as the summary: that is how listingsToOruk writes one.
  const [head, ...rest] = (textOf(service.description) ?? '').split(/\n\s*\n/);
  const split = head !== undefined && head.length <= 280 && rest.length > 0;
  const description = boundedText(
    split ? rest.join('\n\n') : service.description,
    5000,
    report,
    where,
    'description',
  );
  const summary = split ? (head as string).trim() : firstSentence(description ?? name, 280);
  const listing: Listing = {
    type: 'Listing',
    id: `${baseUrl}services/${encodeURIComponent(id)}`,
    identifier: id.slice(0, 200),
    name: boundedText(name, 140, report, where, 'name') as string,
    summary,
    kind: 'service',
    categories: classes.categories as Listing['categories'],
    organizer,
    dateModified:
      typeof service.last_modified === 'string' && !Number.isNaN(Date.parse(service.last_modified))
        ? service.last_modified
        : (options.now ?? new Date()).toISOString(),
    ageRange,
    attendanceMode: 'in-person',
    isAccessibleForFree: false,
  };
  if (description) listing.description = description;
  if (classes.needs.length > 0) listing.needs = classes.needs as NonNullable<Listing['needs']>;
  if (isWebUrl(service.url)) listing.url = service.url;

  const contactPerson = arrayOf(service.contacts).find(isObject);
  const phone = arrayOf(service.phones).find(isObject) ?? arrayOf(contactPerson?.phones).find(isObject);
  const contact = compact({
    name: (textOf(contactPerson?.title) ?? textOf(contactPerson?.department))?.slice(0, 100),
    email: isEmail(service.email)
      ? service.email
      : isEmail(contactPerson?.email)
        ? contactPerson.email
        : undefined,
    telephone: phoneNumber(phone?.number),
  });
  if (Object.keys(contact).length > 0) listing.contact = contact;
  if (textOf(contactPerson?.name)) {
    report.lost(
      `${where}/contacts/0`,
      'name',
      "A contact's personal name is not carried: OpenYouth contacts are roles.",
    );
  }

  const schedules: Schedule[] = [];
  const scheduleTexts: string[] = [];
  const serviceSchedules = arrayOf(service.schedules).map((s, i) => ({ s, at: `${where}/schedules/${i}` }));
  const locations = arrayOf(service.service_at_locations).filter(isObject);
  const locationSchedules = locations.flatMap((sal, j) =>
    arrayOf(sal.schedules).map((s, i) => ({ s, at: `${where}/service_at_locations/${j}/schedules/${i}` })),
  );
  // Service-level schedules win; a location's own schedules are used when the service has none.
  for (const { s, at } of serviceSchedules.length > 0 ? serviceSchedules : locationSchedules) {
    if (!isObject(s)) continue;
    const text = textOf(s.description);
    if (text && !scheduleTexts.includes(text)) scheduleTexts.push(text);
    const schedule = hsdsScheduleToSchedule(s, at, report);
    if (schedule) schedules.push(schedule);
  }
  if (schedules.length > 0) listing.eventSchedule = schedules.slice(0, 50);
  if (scheduleTexts.length > 0) listing.scheduleDescription = firstSentence(scheduleTexts.join(' '), 500);

  const physical = locations
    .map((sal, i) => ({ location: sal.location, at: `${where}/service_at_locations/${i}/location` }))
    .filter((l): l is { location: JsonObject; at: string } => isObject(l.location));
  const inPerson = physical.filter((l) => l.location.location_type !== 'virtual');
  const virtual = physical.filter((l) => l.location.location_type === 'virtual');
  const first = inPerson[0];
  if (first) listing.location = placeOf(first.location, first.at, report);
  for (const extra of inPerson.slice(1)) {
    report.lost(
      extra.at,
      'service_at_locations',
      'An OpenYouth listing has one venue; this further location was left out.',
    );
  }
  if (virtual.length > 0) listing.attendanceMode = inPerson.length > 0 ? 'mixed' : 'online';

  const areas = areasOf(service, where, report);
  if (areas.length > 0) listing.areaServed = areas.slice(0, 50);

  const { free, offers } = offersOf(service, where, report);
  listing.isAccessibleForFree = free;
  if (offers.length > 0) listing.offers = offers.slice(0, 20);

  const referral = referralOf(service, classes.routes, where, report);
  if (referral) listing.referral = referral;

  const languages = arrayOf(service.languages)
    .filter(isObject)
    .map((language) => textOf(language.code)?.toLowerCase())
    .filter((code): code is string => !!code && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(code));
  const specificallyFor = classes.audiences;
  if (languages.length > 0 || specificallyFor.length > 0) {
    const inclusion: NonNullable<Listing['inclusion']> = {};
    if (languages.length > 0) inclusion.languages = [...new Set(languages)].slice(0, 20);
    if (specificallyFor.length > 0)
      inclusion.specificallyFor = specificallyFor as NonNullable<typeof inclusion.specificallyFor>;
    listing.inclusion = inclusion;
  }
  if (isDate(service.assured_date)) listing.lastVerified = service.assured_date;
  return listing;
}

/**
 * Maps Open Referral UK / HSDS 3 services to OpenYouth listings. Services without both ages, an
 * organisation or a category are reported and left out; fields without an equivalent are reported
 * as lost. The listings returned have passed the listing schema; the validator's notices about
 * them are in the report as `quality` notices.
 */
export function orukToListings(document: unknown, options: OrukToListingsOptions): ListingsResult {
  const report = new ReportBuilder();
  const candidates = servicesIn(document).flatMap(({ service, where }) => {
    const listing = convertService(service, where, options, report);
    return listing ? [{ listing, where }] : [];
  });
  return { listings: checkListings(candidates, report, options), report: report.notices };
}
