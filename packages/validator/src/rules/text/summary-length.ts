import { defineRule } from '../define-rule.ts';

/** Directories show about this much in a result list before cutting it off. */
export const SUMMARY_ADVISED_LENGTH = 200;

export default defineRule({
  id: 'summary-length',
  notices: {
    summary_too_long: {
      severity: 'warning',
      summary: 'The summary is longer than a directory can show in a list of results.',
      fields: ['length', 'advised'],
      examples: {
        failing: {
          listing: {
            summary:
              'Clifton Youth Club is a free youth club for young people aged 10 to 19 in Clifton, Nottingham, with pool, table tennis, gaming, cooking, music and trips, run by qualified youth workers from the council youth service.',
          },
        },
        passing: {
          listing: { summary: 'A free youth club in Clifton with pool, table tennis, gaming and trips.' },
        },
      },
    },
  },
  check({ listing }, emit) {
    const length = listing.summary.length;
    if (length > SUMMARY_ADVISED_LENGTH) {
      emit('summary_too_long', '/summary', { length, advised: SUMMARY_ADVISED_LENGTH });
    }
  },
});
