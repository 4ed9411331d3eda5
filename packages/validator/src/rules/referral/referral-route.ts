import { defineRule } from '../define-rule.ts';

export default defineRule({
  id: 'referral-route',
  notices: {
    referral_missing: {
      severity: 'warning',
      summary: 'The listing does not say who can refer a young person or how to join.',
      fields: [],
      examples: {
        failing: { listing: {}, omit: ['referral'] },
        passing: { listing: { referral: { routes: ['self-referral'], howToRefer: 'Just come along.' } } },
      },
    },
    referral_how_missing: {
      severity: 'info',
      summary: 'The referral routes are given, but not how to refer: no steps, form, email or phone.',
      fields: [],
      examples: {
        failing: { listing: { referral: { routes: ['school-or-college'] } }, omit: ['contact'] },
        passing: {
          listing: {
            referral: { routes: ['school-or-college'], url: 'https://nottinghamyouthhubs.org.uk/refer' },
          },
          omit: ['contact'],
        },
      },
    },
  },
  check({ listing }, emit) {
    const referral = listing.referral;
    if (!referral) {
      emit('referral_missing', '');
      return;
    }
    const how =
      referral.howToRefer ?? referral.url ?? referral.email ?? referral.telephone ?? listing.contact;
    if (how === undefined) emit('referral_how_missing', '/referral');
  },
});
