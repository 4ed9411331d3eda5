import { defineRule } from '../define-rule.ts';

export default defineRule({
  id: 'age-range-inverted',
  notices: {
    age_range_inverted: {
      severity: 'error',
      summary: 'The youngest age is greater than the oldest age.',
      fields: ['minValue', 'maxValue'],
      examples: {
        failing: { listing: { ageRange: { minValue: 16, maxValue: 11 } } },
        passing: { listing: { ageRange: { minValue: 11, maxValue: 16 } } },
      },
    },
  },
  check({ listing }, emit) {
    const { minValue, maxValue } = listing.ageRange;
    if (minValue > maxValue) emit('age_range_inverted', '/ageRange', { minValue, maxValue });
  },
});
