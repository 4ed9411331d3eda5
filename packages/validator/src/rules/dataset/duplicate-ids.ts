import { defineRule } from '../define-rule.ts';

export default defineRule({
  id: 'duplicate-ids',
  notices: {
    listing_id_duplicate: {
      severity: 'error',
      summary: 'Two listings in the same file or stream have the same id.',
      fields: ['id', 'firstAt'],
      examples: {
        failing: {
          listings: [
            { id: 'https://example-youth.org.uk/listings/a', name: 'Tuesday Club' },
            { id: 'https://example-youth.org.uk/listings/a', name: 'Thursday Club' },
          ],
        },
        passing: {
          listings: [
            { id: 'https://example-youth.org.uk/listings/a', name: 'Tuesday Club' },
            { id: 'https://example-youth.org.uk/listings/b', name: 'Thursday Club' },
          ],
        },
      },
    },
  },
  check(ctx, emit) {
    // Keyed by document: the same listing published as a file and inside a feed page is not a duplicate.
    const seen = ctx.state(() => ({ document: '', ids: new Map<string, string>() }));
    if (seen.document !== ctx.documentName) {
      seen.document = ctx.documentName;
      seen.ids.clear();
    }
    const first = seen.ids.get(ctx.listing.id);
    if (first !== undefined) emit('listing_id_duplicate', '/id', { id: ctx.listing.id, firstAt: first });
    else seen.ids.set(ctx.listing.id, ctx.listingPlace);
  },
});
