import type { Listing, Offer, Organization, Place, Schedule } from '@openyouth/schema';
import { checkListings } from '../check-listings.ts';
import {
  arrayOf,
  boundedText,
  compact,
  firstSentence,
  isEmail,
  isObject,
  isWebUrl,
  type JsonObject,
  textOf,
} from '../internal/values.ts';
import { ReportBuilder } from '../report.ts';
import type { ListingsResult } from '../result.ts';
import { matchTerm } from '../vocab-mapping.ts';
import { openActiveScheduleToSchedule, openingHoursToSchedules, sessionToSchedule } from './schedule.ts';

export interface OpenActiveToListingsOptions {
  /**
   * OpenActive allows an age range with only a minimum ("16 and over"); OpenYouth needs both
   * ends. When set, such ranges are capped at this age (reported as assumed); otherwise those
   * items are left out.
   */
  readonly openEndedMaxAge?: number;
  /**
   * `dateModified` for items that do not say when they changed, and the moment the validator
   * judges "past" and "stale" against; defaults to the time of conversion.
   */
  readonly now?: Date;
  /**
   * False hands the listings back unchecked, for a caller that runs the validator over them
   * itself, such as the harvester, which checks each page it stores (one run per item would cost
   * about eight times as much). True by default.
   */
  readonly validate?: boolean;
}

const KINDS: Readonly<Record<string, Listing['kind']>> = {
  SessionSeries: 'activity',
  EventSeries: 'activity',
  Event: 'event',
  CourseInstance: 'course',
  Course: 'course',
  FacilityUse: 'activity',
  IndividualFacilityUse: 'activity',
};

const ATTENDANCE: Readonly<Record<string, Listing['attendanceMode']>> = {
  OfflineEventAttendanceMode: 'in-person',
  OnlineEventAttendanceMode: 'online',
  MixedEventAttendanceMode: 'mixed',
};

// Properties this mapping reads; anything else present is reported as lost.
const READ = new Set([
  '@context',
  '@type',
  '@id',
  'type',
  'id',
  'identifier',
  'name',
  'description',
  'url',
  'activity',
  'facilityType',
  'organizer',
  'provider',
  'ageRange',
  'eventSchedule',
  'subEvent',
  'superEvent',
  'startDate',
  'endDate',
  'hoursAvailable',
  'location',
  'offers',
  'isAccessibleForFree',
  'eventAttendanceMode',
  'genderRestriction',
  'dateModified',
  'image',
  'duration',
]);

const SPORT = 'sport-and-physical-activity';

function typeOf(data: JsonObject): string {
  return String(data['@type'] ?? data.type ?? '');
}

/** The items of an RPDE page, pages, or single OpenActive documents, with where they were. */
function itemsIn(input: unknown): { data: JsonObject; where: string }[] {
  const pages =
    Array.isArray(input) && input.some((p) => isObject(p) && Array.isArray(p.items)) ? input : [input];
  return pages.flatMap((page, p) => {
    const prefix = pages.length > 1 ? `/${p}` : '';
    if (isObject(page) && Array.isArray(page.items)) {
      return page.items.flatMap((item, i) =>
        isObject(item) && item.state !== 'deleted' && isObject(item.data)
          ? [{ data: item.data, where: `${prefix}/items/${i}/data` }]
          : [],
      );
    }
    if (Array.isArray(page))
      return page.filter(isObject).map((data, i) => ({ data, where: `${prefix}/${i}` }));
    return isObject(page) ? [{ data: page, where: prefix }] : [];
  });
}

function idOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (isObject(value)) return textOf(value['@id']) ?? textOf(value.id);
  return undefined;
}

function organizerOf(data: JsonObject, where: string, report: ReportBuilder): Organization | undefined {
  const org = [data.organizer, data.provider].find(isObject);
  if (!org || typeOf(org) === 'Person') {
    report.notConvertible(
      where,
      org
        ? 'The organizer is a person; OpenYouth listings name an organisation, never a person.'
        : 'The item has no organizer or provider.',
    );
    return undefined;
  }
  const id = [org['@id'], org.id, org.url].find(isWebUrl);
  const name = textOf(org.name);
  if (!id || !name) {
    report.notConvertible(
      where,
      'The organizer has no web address (@id or url) or no name, which an OpenYouth organizer needs.',
    );
    return undefined;
  }
  for (const field of ['logo', 'sameAs', 'legalName', 'taxMode', 'vatID', 'address']) {
    if (org[field] !== undefined)
      report.lost(`${where}/organizer`, field, `An organizer's '${field}' has no OpenYouth equivalent.`);
  }
  return compact({
    type: 'Organization' as const,
    id,
    name: name.slice(0, 200),
    description: boundedText(org.description, 2000, report, `${where}/organizer`, 'description'),
    url: isWebUrl(org.url) ? org.url : undefined,
    email: isEmail(org.email) ? org.email : undefined,
    telephone: textOf(org.telephone)?.slice(0, 32),
  });
}

function placeOf(value: JsonObject, where: string, report: ReportBuilder): Place {
  const place: Place = compact({
    type: 'Place' as const,
    id: [value['@id'], value.id].find(isWebUrl),
    name: textOf(value.name)?.slice(0, 200),
    description: boundedText(value.description, 1000, report, where, 'description'),
  });
  const address = value.address;
  if (isObject(address) && textOf(address.postalCode)) {
    const country = textOf(address.addressCountry)?.toUpperCase();
    place.address = compact({
      streetAddress: textOf(address.streetAddress)?.slice(0, 200),
      addressLocality: textOf(address.addressLocality)?.slice(0, 100),
      addressRegion: textOf(address.addressRegion)?.slice(0, 100),
      postalCode: (textOf(address.postalCode) as string).slice(0, 16),
      addressCountry: country && /^[A-Z]{2}$/.test(country) ? country : undefined,
    });
  } else if (address !== undefined) {
    report.lost(where, 'address', 'The address has no postcode, which an OpenYouth address needs.');
  }
  const geo = value.geo;
  if (isObject(geo) && typeof geo.latitude === 'number' && typeof geo.longitude === 'number') {
    place.geo = { latitude: geo.latitude, longitude: geo.longitude };
  }
  for (const field of [
    'amenityFeature',
    'openingHoursSpecification',
    'telephone',
    'image',
    'containsPlace',
  ]) {
    if (value[field] !== undefined)
      report.lost(where, field, `A place's '${field}' has no OpenYouth equivalent.`);
  }
  return place;
}

function ageRangeOf(
  data: JsonObject,
  where: string,
  options: OpenActiveToListingsOptions,
  report: ReportBuilder,
): Listing['ageRange'] | undefined {
  const range = data.ageRange;
  if (!isObject(range)) {
    report.notConvertible(
      where,
      "No ageRange: under OpenActive's rules that means adults only (18+), so it is not youth data and was left out.",
    );
    return undefined;
  }
  const min = Number.isInteger(range.minValue) ? (range.minValue as number) : 0;
  const max = Number.isInteger(range.maxValue) ? (range.maxValue as number) : undefined;
  if (max !== undefined) {
    if (min > max) report.notConvertible(where, `The ageRange minimum ${min} is above its maximum ${max}.`);
    return min <= max ? { minValue: min, maxValue: max } : undefined;
  }
  if (options.openEndedMaxAge !== undefined && min <= options.openEndedMaxAge) {
    report.assumed(
      where,
      'ageRange',
      `The age range is ${min} and over; it was capped at ${options.openEndedMaxAge}.`,
    );
    return { minValue: min, maxValue: options.openEndedMaxAge };
  }
  report.notConvertible(
    where,
    `The age range is ${min} and over with no maximum; OpenYouth needs both ends (set openEndedMaxAge, or --max-age, to cap it).`,
  );
  return undefined;
}

function categoriesOf(data: JsonObject, where: string, report: ReportBuilder): Listing['categories'] {
  const found: string[] = [];
  const unmapped: string[] = [];
  for (const concept of [...arrayOf(data.activity), ...arrayOf(data.facilityType)]) {
    const uri = idOf(concept);
    const label = isObject(concept) ? textOf(concept.prefLabel) : undefined;
    const match = matchTerm({ uri, name: label });
    if (match?.vocabulary === 'categories') {
      if (!found.includes(match.id)) found.push(match.id);
    } else {
      unmapped.push(label ?? uri ?? '?');
    }
  }
  if (found.length === 0) {
    // Every OpenActive opportunity is sport or physical activity, so that is always true of it.
    found.push(SPORT);
    report.assumed(
      where,
      'activity',
      `No activity maps to a narrower category${unmapped.length > 0 ? ` (${unmapped.join(', ')})` : ''}; '${SPORT}' was used.`,
    );
  } else if (unmapped.length > 0) {
    report.lost(where, 'activity', `These activities have no OpenYouth category: ${unmapped.join(', ')}.`);
  }
  return found.slice(0, 10) as Listing['categories'];
}

function offersOf(
  data: JsonObject,
  where: string,
  report: ReportBuilder,
): { free: boolean; offers: Offer[] } {
  const offers: Offer[] = [];
  arrayOf(data.offers).forEach((offer, i) => {
    if (!isObject(offer)) return;
    const currency = textOf(offer.priceCurrency) ?? 'GBP';
    if (typeof offer.price !== 'number' || offer.price < 0 || !['GBP', 'EUR'].includes(currency)) {
      report.lost(`${where}/offers/${i}`, 'price', 'The offer has no price in GBP or EUR.');
      return;
    }
    offers.push(
      compact({
        name: textOf(offer.name)?.slice(0, 100),
        price: offer.price,
        priceCurrency: currency as Offer['priceCurrency'],
        description: boundedText(offer.description, 500, report, `${where}/offers/${i}`, 'description'),
      }),
    );
    for (const field of [
      'ageRestriction',
      'url',
      'identifier',
      'validFromBeforeStartDate',
      'allowCustomerCancellationFullRefundUntil',
      'openBookingFlowRequirement',
    ]) {
      if (offer[field] !== undefined)
        report.lost(`${where}/offers/${i}`, field, `An offer's '${field}' has no OpenYouth equivalent.`);
    }
  });
  const declared = typeof data.isAccessibleForFree === 'boolean' ? data.isAccessibleForFree : undefined;
  const free = declared ?? (offers.length > 0 && offers.every((o) => o.price === 0));
  return { free, offers: free ? [] : offers };
}

function schedulesOf(
  data: JsonObject,
  sessions: readonly JsonObject[],
  where: string,
  report: ReportBuilder,
): Schedule[] {
  const schedules = arrayOf(data.eventSchedule).flatMap((s, i) =>
    isObject(s)
      ? [openActiveScheduleToSchedule(s, `${where}/eventSchedule/${i}`, report)].filter(
          (x): x is Schedule => !!x,
        )
      : [],
  );
  if (schedules.length > 0) return schedules;
  const hours = openingHoursToSchedules(data.hoursAvailable, `${where}/hoursAvailable`, report);
  if (hours.length > 0) return hours;
  const own = typeOf(data) === 'SessionSeries' ? [] : [data];
  const oneOffs = [...own, ...sessions].map(sessionToSchedule).filter((s): s is Schedule => !!s);
  if (oneOffs.length > 50)
    report.lost(where, 'subEvent', `Only the first 50 of ${oneOffs.length} sessions are kept as dates.`);
  return oneOffs.slice(0, 50);
}

function convert(
  data: JsonObject,
  sessions: readonly JsonObject[],
  where: string,
  options: OpenActiveToListingsOptions,
  report: ReportBuilder,
): Listing | undefined {
  const type = typeOf(data);
  const kind = KINDS[type];
  const id = [data['@id'], data.id, data.url].find(isWebUrl);
  const name = textOf(data.name);
  if (!kind) {
    report.notConvertible(
      where,
      `A ${type || 'item without @type'} is not an opportunity this converter maps (SessionSeries, Event, CourseInstance, FacilityUse).`,
    );
    return undefined;
  }
  if (!id || !name) {
    report.notConvertible(where, `The ${type} has no web address (@id or url) or no name.`);
    return undefined;
  }
  const ageRange = ageRangeOf(data, where, options, report);
  const organizer = ageRange ? organizerOf(data, where, report) : undefined;
  if (!ageRange || !organizer) return undefined;
  for (const [field, value] of Object.entries(data)) {
    if (!READ.has(field) && value !== undefined)
      report.lost(where, field, `'${field}' has no OpenYouth equivalent.`);
  }
  const description = boundedText(data.description, 5000, report, where, 'description');
  const listing: Listing = {
    type: 'Listing',
    id,
    name: name.slice(0, 140),
    summary: firstSentence(description ?? name, 280),
    kind,
    categories: categoriesOf(data, where, report),
    organizer,
    dateModified:
      typeof data.dateModified === 'string' && !Number.isNaN(Date.parse(data.dateModified))
        ? data.dateModified
        : (options.now ?? new Date()).toISOString(),
    ageRange,
    attendanceMode:
      ATTENDANCE[String(data.eventAttendanceMode ?? '').replace(/^https?:\/\/schema\.org\//, '')] ??
      'in-person',
    isAccessibleForFree: false,
  };
  if (
    data.identifier !== undefined &&
    (typeof data.identifier === 'string' || typeof data.identifier === 'number')
  ) {
    listing.identifier = String(data.identifier).slice(0, 200);
  }
  if (description) listing.description = description;
  if (isWebUrl(data.url)) listing.url = data.url;
  if (isObject(data.location)) listing.location = placeOf(data.location, `${where}/location`, report);
  const schedules = schedulesOf(data, sessions, where, report);
  if (schedules.length > 0) listing.eventSchedule = schedules;
  const { free, offers } = offersOf(data, where, report);
  listing.isAccessibleForFree = free;
  if (offers.length > 0) listing.offers = offers.slice(0, 20);
  const gender = String(data.genderRestriction ?? '').replace(/^https?:\/\/openactive\.io\//, '');
  if (gender === 'FemaleOnly')
    listing.inclusion = { specificallyFor: ['girls-and-young-women'], openToOthers: false };
  if (gender === 'MaleOnly')
    listing.inclusion = { specificallyFor: ['boys-and-young-men'], openToOthers: false };
  if (data.image !== undefined)
    report.lost(where, 'image', 'OpenActive images have no text alternative, which OpenYouth images need.');
  return listing;
}

/**
 * Maps OpenActive opportunity data (RPDE pages or single items) to OpenYouth listings.
 * SessionSeries, Event, CourseInstance and FacilityUse items become listings; ScheduledSessions,
 * embedded (`subEvent`) or fed separately (`superEvent` pointing at a series in the same input),
 * become one-off dates when the series has no schedule. Items without an ageRange are adults-only
 * under OpenActive's rules: they are reported and left out.
 */
export function openActiveToListings(
  input: unknown,
  options: OpenActiveToListingsOptions = {},
): ListingsResult {
  const report = new ReportBuilder();
  const items = itemsIn(input);
  const sessionsBySeries = new Map<string, JsonObject[]>();
  const parents: { data: JsonObject; where: string }[] = [];
  for (const item of items) {
    const type = typeOf(item.data);
    if (type === 'ScheduledSession' || type === 'Slot') {
      const parent = item.data.superEvent ?? item.data.facilityUse;
      if (isObject(parent)) {
        // A session with its series embedded: the series is the listing, the session a date.
        parents.push({ data: { ...parent, subEvent: [item.data] }, where: `${item.where}/superEvent` });
      } else if (typeof parent === 'string') {
        sessionsBySeries.set(parent, [...(sessionsBySeries.get(parent) ?? []), item.data]);
      }
      continue;
    }
    // An item whose own superEvent (EventSeries) is embedded inherits what it leaves out.
    const data = isObject(item.data.superEvent)
      ? { ...item.data.superEvent, ...item.data, superEvent: undefined }
      : item.data;
    parents.push({ data, where: item.where });
  }
  const used = new Set<string>();
  const candidates = parents.flatMap(({ data, where }) => {
    const id = idOf(data) ?? '';
    const separate = sessionsBySeries.get(id) ?? [];
    if (separate.length > 0) used.add(id);
    const sessions = [...arrayOf(data.subEvent).filter(isObject), ...separate];
    const listing = convert({ ...data, subEvent: undefined }, sessions, where, options, report);
    return listing ? [{ listing, where }] : [];
  });
  for (const [series, sessions] of sessionsBySeries) {
    if (!used.has(series))
      report.notConvertible(
        series,
        `${sessions.length} session(s) point at a series that is not in the input; feed the series too.`,
      );
  }
  const listings =
    options.validate === false
      ? candidates.map(({ listing }) => listing)
      : checkListings(candidates, report, options);
  return { listings, report: report.notices };
}
