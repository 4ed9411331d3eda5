import { defineRule } from '../define-rule.ts';

export default defineRule({
  id: 'age-restriction-consistent',
  notices: {
    age_restriction_inverted: {
      severity: 'error',
      summary: 'The enforced minimum age is greater than the enforced maximum age.',
      fields: ['minValue', 'maxValue'],
      examples: {
        failing: { listing: { ageRestriction: { minValue: 18, maxValue: 10 } } },
        passing: { listing: { ageRestriction: { minValue: 10, maxValue: 18 } } },
      },
    },
    age_restriction_excludes_age_range: {
      severity: 'error',
      summary: 'The enforced age limits shut out every age the listing says it suits.',
      fields: ['restriction', 'ageRange'],
      examples: {
        failing: { listing: { ageRange: { minValue: 10, maxValue: 13 }, ageRestriction: { minValue: 16 } } },
        passing: { listing: { ageRange: { minValue: 16, maxValue: 19 }, ageRestriction: { minValue: 16 } } },
      },
    },
    age_restriction_narrower_than_age_range: {
      severity: 'warning',
      summary: 'The enforced age limits shut out some ages the listing says it suits.',
      fields: ['restriction', 'ageRange'],
      examples: {
        failing: { listing: { ageRange: { minValue: 10, maxValue: 19 }, ageRestriction: { minValue: 13 } } },
        passing: { listing: { ageRange: { minValue: 13, maxValue: 19 }, ageRestriction: { minValue: 13 } } },
      },
    },
  },
  check({ listing }, emit) {
    const restriction = listing.ageRestriction;
    if (!restriction) return;
    const min = restriction.minValue ?? 0;
    const max = restriction.maxValue ?? Number.POSITIVE_INFINITY;
    const range = listing.ageRange;
    const params = {
      restriction: `${restriction.minValue ?? 'any'} to ${restriction.maxValue ?? 'any'}`,
      ageRange: `${range.minValue} to ${range.maxValue}`,
    };
    if (min > max) {
      emit('age_restriction_inverted', '/ageRestriction', { minValue: min, maxValue: max });
    } else if (min > range.maxValue || max < range.minValue) {
      emit('age_restriction_excludes_age_range', '/ageRestriction', params);
    } else if (min > range.minValue || max < range.maxValue) {
      emit('age_restriction_narrower_than_age_range', '/ageRestriction', params);
    }
  },
});
