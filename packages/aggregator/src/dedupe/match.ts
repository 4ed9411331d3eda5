import type { Listing, Schedule } from '@openyouth/schema';
import {
  nameTokens,
  normalisePostcode,
  normaliseUrl,
  organiserKey,
  qualifiersDiffer,
  similarity,
} from './normalise.ts';

export type MatchReason =
  | 'same-id'
  | 'same-url'
  | 'same-organiser'
  | 'same-postcode'
  | 'similar-name'
  | 'overlapping-schedule';

export interface Match {
  same: boolean;
  /** Every reason found, so a person can see why two listings were (or were not) merged. */
  reasons: MatchReason[];
  nameSimilarity: number;
}

/** Names must share most of their words: "Junior Youth Club" and "Senior Youth Club" (0.67) stay apart. */
export const NAME_SIMILARITY_THRESHOLD = 0.8;

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const endMinutes = (schedule: Schedule) =>
  schedule.endTime ? minutes(schedule.endTime) : minutes(schedule.startTime) + 60;

function schedulesOverlap(a: Schedule, b: Schedule): boolean {
  const sameDay = a.repeatFrequency
    ? Boolean(b.repeatFrequency && a.byDay?.some((day) => b.byDay?.includes(day)))
    : !b.repeatFrequency && a.startDate !== undefined && a.startDate === b.startDate;
  return sameDay && minutes(a.startTime) < endMinutes(b) && minutes(b.startTime) < endMinutes(a);
}

const sameOrganiser = (a: Listing, b: Listing) =>
  a.organizer.id === b.organizer.id ||
  (a.organizer.charityNumber !== undefined && a.organizer.charityNumber === b.organizer.charityNumber) ||
  (organiserKey(a) !== '' && organiserKey(a) === organiserKey(b));

/**
 * Whether two listings from different sources describe the same opportunity. Precision over
 * recall: the same id or web page is enough; otherwise it takes the same organiser, the same
 * postcode, a similar name and sessions at the same time, all four.
 */
export function matchListings(a: Listing, b: Listing): Match {
  const reasons: MatchReason[] = [];
  if (a.id === b.id) reasons.push('same-id');
  const url = normaliseUrl(a.url);
  if (url && url === normaliseUrl(b.url)) reasons.push('same-url');
  if (sameOrganiser(a, b)) reasons.push('same-organiser');
  const postcode = normalisePostcode(a.location?.address?.postalCode);
  if (postcode && postcode === normalisePostcode(b.location?.address?.postalCode))
    reasons.push('same-postcode');
  const [nameA, nameB] = [nameTokens(a.name), nameTokens(b.name)];
  const nameSimilarity = similarity(nameA, nameB);
  if (nameSimilarity >= NAME_SIMILARITY_THRESHOLD && !qualifiersDiffer(nameA, nameB))
    reasons.push('similar-name');
  const overlapping = (a.eventSchedule ?? []).some((x) =>
    (b.eventSchedule ?? []).some((y) => schedulesOverlap(x, y)),
  );
  if (overlapping) reasons.push('overlapping-schedule');

  const identified = reasons.includes('same-id') || reasons.includes('same-url');
  const described = ['same-organiser', 'same-postcode', 'similar-name', 'overlapping-schedule'].every(
    (reason) => reasons.includes(reason as MatchReason),
  );
  return { same: identified || described, reasons, nameSimilarity };
}
