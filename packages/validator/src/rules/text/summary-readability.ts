import { defineRule } from '../define-rule.ts';
import { fleschReadingEase } from './readability.ts';

/** Below this, text is "fairly difficult" on the Flesch scale: hard going for a 12-year-old. */
export const READING_EASE_FLOOR = 50;

export default defineRule({
  id: 'summary-readability',
  notices: {
    summary_hard_to_read: {
      severity: 'warning',
      summary: 'The summary is hard to read: long sentences or long words.',
      fields: ['score', 'floor'],
      examples: {
        failing: {
          listing: {
            summary:
              'Comprehensive developmental provision facilitating intergenerational socialisation, recreational participation and therapeutic engagement opportunities.',
          },
        },
        passing: {
          listing: {
            summary: 'A free youth club with pool, games and food. Come along and meet new friends.',
          },
        },
      },
    },
  },
  check({ listing }, emit) {
    const score = fleschReadingEase(listing.summary);
    if (score !== undefined && score < READING_EASE_FLOOR) {
      emit('summary_hard_to_read', '/summary', {
        score: Math.max(0, Math.round(score)),
        floor: READING_EASE_FLOOR,
      });
    }
  },
});
