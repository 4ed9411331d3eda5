import ageRangeInverted from './age/age-range-inverted.ts';
import ageRangeOutsideYouth from './age/age-range-outside-youth.ts';
import ageRestrictionConsistent from './age/age-restriction-consistent.ts';
import recommendedProperties from './completeness/recommended-properties.ts';
import consentUnder16 from './consent/consent-under-16.ts';
import telephoneFormat from './contact/telephone-format.ts';
import webAddresses from './contact/web-addresses.ts';
import duplicateIds from './dataset/duplicate-ids.ts';
import followOnExists from './dataset/follow-on-exists.ts';
import type { Rule } from './define-rule.ts';
import lastVerified from './freshness/last-verified.ts';
import geoInUk from './location/geo-in-uk.ts';
import locationGeo from './location/location-geo.ts';
import postcodeFormat from './location/postcode-format.ts';
import referralRoute from './referral/referral-route.ts';
import safeguardingInPerson from './safeguarding/safeguarding-in-person.ts';
import scheduleDates from './schedule/schedule-dates.ts';
import schedulePattern from './schedule/schedule-pattern.ts';
import scheduleSchoolTerms from './schedule/schedule-school-terms.ts';
import scheduleTimezone from './schedule/schedule-timezone.ts';
import plainTextMarkup from './text/plain-text-markup.ts';
import summaryLength from './text/summary-length.ts';
import summaryReadability from './text/summary-readability.ts';
import allDatesInPast from './time/all-dates-in-past.ts';

/** Every rule about the meaning of a listing, in the order they run and their notices are listed. */
export const rules: readonly Rule[] = [
  ageRangeInverted,
  ageRangeOutsideYouth,
  ageRestrictionConsistent,
  scheduleDates,
  schedulePattern,
  scheduleTimezone,
  scheduleSchoolTerms,
  allDatesInPast,
  lastVerified,
  locationGeo,
  postcodeFormat,
  geoInUk,
  telephoneFormat,
  webAddresses,
  plainTextMarkup,
  summaryLength,
  summaryReadability,
  referralRoute,
  safeguardingInPerson,
  consentUnder16,
  duplicateIds,
  followOnExists,
  recommendedProperties,
] as Rule[];
