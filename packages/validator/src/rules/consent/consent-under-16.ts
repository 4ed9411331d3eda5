import { defineRule } from '../define-rule.ts';

/** Below this age, parents and link workers need to know about consent and coming alone. */
const CONSENT_AGE = 16;

export default defineRule({
  id: 'consent-under-16',
  notices: {
    consent_missing_for_under_16: {
      severity: 'warning',
      summary:
        'A listing open to under-16s does not say whether consent is needed or who can come with them.',
      fields: ['minValue'],
      examples: {
        failing: { listing: {}, omit: ['consentAndAccompaniment'] },
        passing: {
          listing: { consentAndAccompaniment: { parentalConsentRequired: true, canComeAlone: true } },
        },
      },
    },
  },
  check({ listing }, emit) {
    if (listing.ageRange.minValue < CONSENT_AGE && !listing.consentAndAccompaniment) {
      emit('consent_missing_for_under_16', '', { minValue: listing.ageRange.minValue });
    }
  },
});
