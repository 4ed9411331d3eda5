import { defineRule } from '../define-rule.ts';

/** The standard covers children and young people up to 25 (SEND and care leavers' services run that far). */
const OLDEST_YOUTH_AGE = 25;

export default defineRule({
  id: 'age-range-outside-youth',
  notices: {
    age_range_not_youth: {
      severity: 'error',
      summary: 'The age range starts above 25, so the listing is not for children or young people.',
      fields: ['minValue', 'limit'],
      examples: {
        failing: { listing: { ageRange: { minValue: 30, maxValue: 65 } } },
        passing: { listing: { ageRange: { minValue: 16, maxValue: 25 } } },
      },
    },
    age_range_above_25: {
      severity: 'warning',
      summary: 'The age range goes above 25, beyond the young people the standard is for.',
      fields: ['maxValue', 'limit'],
      examples: {
        failing: { listing: { ageRange: { minValue: 16, maxValue: 30 } } },
        passing: { listing: { ageRange: { minValue: 16, maxValue: 25 } } },
      },
    },
  },
  check({ listing }, emit) {
    const { minValue, maxValue } = listing.ageRange;
    if (minValue > OLDEST_YOUTH_AGE) {
      emit('age_range_not_youth', '/ageRange/minValue', { minValue, limit: OLDEST_YOUTH_AGE });
    } else if (maxValue > OLDEST_YOUTH_AGE) {
      emit('age_range_above_25', '/ageRange/maxValue', { maxValue, limit: OLDEST_YOUTH_AGE });
    }
  },
});
