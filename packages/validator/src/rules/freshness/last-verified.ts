import { defineRule } from '../define-rule.ts';

/** The date a number of months before a YYYY-MM-DD date, as YYYY-MM-DD. */
function monthsBefore(date: string, months: number): string {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1 - months, day)).toISOString().slice(0, 10);
}

export default defineRule({
  id: 'last-verified',
  notices: {
    last_verified_over_6_months: {
      severity: 'warning',
      summary: 'Nobody has confirmed the listing is still right for more than six months.',
      fields: ['lastVerified', 'today'],
      examples: {
        failing: { listing: { lastVerified: '2026-03-15' } },
        passing: { listing: { lastVerified: '2026-10-15' } },
      },
    },
    last_verified_over_12_months: {
      severity: 'warning',
      summary: 'The listing is stale: nobody has confirmed it is still running for more than a year.',
      fields: ['lastVerified', 'today'],
      examples: {
        failing: { listing: { lastVerified: '2025-06-15' } },
        passing: { listing: { lastVerified: '2026-10-15' } },
      },
    },
    last_verified_in_future: {
      severity: 'error',
      summary: 'lastVerified is a date that has not happened yet.',
      fields: ['lastVerified', 'today'],
      examples: {
        failing: { listing: { lastVerified: '2999-01-15' } },
        passing: { listing: { lastVerified: '2026-10-15' } },
      },
    },
  },
  check({ listing, today, state }, emit) {
    const verified = listing.lastVerified;
    if (!verified) return;
    // `today` is fixed for a run, so the two limits are worked out once.
    const limits = state(() => ({
      twelveMonths: monthsBefore(today, 12),
      sixMonths: monthsBefore(today, 6),
    }));
    if (verified > today) {
      emit('last_verified_in_future', '/lastVerified', { lastVerified: verified, today });
    } else if (verified < limits.twelveMonths) {
      emit('last_verified_over_12_months', '/lastVerified', { lastVerified: verified, today });
    } else if (verified < limits.sixMonths) {
      emit('last_verified_over_6_months', '/lastVerified', { lastVerified: verified, today });
    }
  },
});
