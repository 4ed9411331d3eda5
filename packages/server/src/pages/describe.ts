import type { Freshness } from '@openyouth/aggregator';
import { categories, inclusion, type Listing, needs, referralRoutes, settings } from '@openyouth/schema';

const labels = (vocabulary: { concepts: readonly { id: string; label: string }[] }) =>
  new Map(vocabulary.concepts.map((concept) => [concept.id, concept.label]));

export const LABELS = {
  categories: labels(categories),
  needs: labels(needs),
  inclusion: labels(inclusion),
  referralRoutes: labels(referralRoutes),
  settings: labels(settings),
};

const labelsOf = (map: Map<string, string>, ids: readonly string[] | undefined) =>
  (ids ?? []).map((id) => map.get(id) ?? id);

export const describeAges = (listing: Listing) =>
  `Ages ${listing.ageRange.minValue} to ${listing.ageRange.maxValue}`;

const time12 = (time: string) => {
  const [h = 0, m = 0] = time.split(':').map(Number);
  const suffix = h < 12 ? 'am' : 'pm';
  const hour = h % 12 === 0 ? 12 : h % 12;
  return m === 0 ? `${hour}${suffix}` : `${hour}.${String(m).padStart(2, '0')}${suffix}`;
};

/** When it happens: the publisher's own words if given, else the schedules in short. */
export function describeWhen(listing: Listing): string {
  if (listing.scheduleDescription) return listing.scheduleDescription;
  if (listing.byAppointment) return 'At times arranged with each young person';
  const schedules = (listing.eventSchedule ?? []).map((schedule) => {
    const days = schedule.byDay?.length
      ? schedule.byDay.join(', ')
      : schedule.startDate
        ? `On ${schedule.startDate}`
        : '';
    const hours = schedule.endTime
      ? `${time12(schedule.startTime)} to ${time12(schedule.endTime)}`
      : `from ${time12(schedule.startTime)}`;
    return `${days} ${hours}`.trim();
  });
  return schedules.length ? [...new Set(schedules)].join('; ') : 'Ask the organisers when it runs';
}

export function describeWhere(listing: Listing): string {
  if (listing.attendanceMode === 'online') return 'Online';
  const place = listing.location;
  const parts = [place?.name, place?.address?.addressLocality, place?.address?.postalCode].filter(Boolean);
  const where = parts.length ? parts.join(', ') : 'Ask the organisers where it is';
  return listing.attendanceMode === 'mixed' ? `${where}, or online` : where;
}

const money = (price: number, currency: string) =>
  `${currency === 'GBP' ? '£' : '€'}${Number.isInteger(price) ? price : price.toFixed(2)}`;

export function describeCost(listing: Listing): string {
  if (listing.isAccessibleForFree) return 'Free';
  const offers = (listing.offers ?? []).map((offer) =>
    [offer.name, money(offer.price, offer.priceCurrency), offer.unitText].filter(Boolean).join(' '),
  );
  return offers.length ? offers.join('; ') : 'There is a cost: ask the organisers';
}

export function describeReferral(listing: Listing): string {
  const referral = listing.referral;
  if (!referral) return 'Ask the organisers how to join';
  const routes = labelsOf(LABELS.referralRoutes, referral.routes);
  return referral.howToRefer ?? `Referrals from: ${routes.join(', ')}`;
}

/** Whether a young person can come alone or needs a parent, in a sentence. */
export function describeAccompaniment(listing: Listing): string {
  const rules = listing.consentAndAccompaniment;
  if (!rules) return 'Ask the organisers whether a parent or carer needs to come';
  const sentences: string[] = [];
  if (rules.canComeAlone === true) {
    sentences.push(
      rules.canComeAloneFromAge === undefined
        ? 'Young people can come on their own.'
        : `Young people can come on their own from age ${rules.canComeAloneFromAge}.`,
    );
  } else if (rules.canComeAlone === false) {
    sentences.push('A parent or carer needs to come too.');
  }
  if (rules.trustedAdultCanCome) sentences.push('A parent, carer or trusted adult is welcome to come along.');
  if (rules.parentalConsentRequired) {
    sentences.push(
      rules.parentalConsentBelowAge === undefined
        ? 'A parent or carer needs to give consent.'
        : `Under-${rules.parentalConsentBelowAge}s need a parent or carer's consent.`,
    );
  }
  return sentences.join(' ') || rules.notes || 'Ask the organisers whether a parent or carer needs to come';
}

export function describeSpace(listing: Listing): string {
  const space = listing.space;
  if (!space) return 'Ask the organisers what it is like';
  const facts = [
    labelsOf(LABELS.settings, space.settings).join(', '),
    space.dropIn === true ? 'you can just turn up' : space.dropIn === false ? 'book a place first' : '',
    space.quietSpace ? 'there is a quiet space' : '',
  ].filter(Boolean);
  const summary = facts.join('; ');
  return space.description ? `${space.description}${summary ? ` (${summary})` : ''}` : summary;
}

const FRESHNESS_WORDS: Record<Freshness, string> = {
  fresh: 'checked in the last 6 months',
  ageing: 'checked 6 to 12 months ago: confirm before you go',
  stale: 'not checked for over a year: confirm before you go',
  unknown: 'never confirmed: check with the organisers',
};

export function describeVerified(listing: Listing, freshness: Freshness): string {
  return listing.lastVerified
    ? `Last checked ${listing.lastVerified} (${FRESHNESS_WORDS[freshness]})`
    : `Details ${FRESHNESS_WORDS[freshness]}`;
}
