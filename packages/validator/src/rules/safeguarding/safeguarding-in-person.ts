import { defineRule } from '../define-rule.ts';

export default defineRule({
  id: 'safeguarding-in-person',
  notices: {
    safeguarding_missing: {
      severity: 'warning',
      summary: 'A listing young people attend in person says nothing about how they are kept safe.',
      fields: ['attendanceMode'],
      examples: {
        failing: { listing: {}, omit: ['safeguarding'] },
        passing: {
          listing: { safeguarding: { policyUrl: 'https://nottinghamyouthhubs.org.uk/safeguarding' } },
        },
      },
    },
  },
  check({ listing }, emit) {
    if (listing.attendanceMode !== 'online' && !listing.safeguarding) {
      emit('safeguarding_missing', '', { attendanceMode: listing.attendanceMode });
    }
  },
});
