import { defineRule } from '../define-rule.ts';

interface Reference {
  target: string;
  documentName: string;
  instancePath: string;
}

const originOf = (url: string) => {
  try {
    return new URL(url).origin;
  } catch {
    return '';
  }
};

export default defineRule({
  id: 'follow-on-exists',
  notices: {
    follow_on_not_found: {
      severity: 'warning',
      summary: "A follow-on points at a listing of the publisher's own that is not in the data checked.",
      fields: ['id', 'listingsChecked'],
      examples: {
        failing: {
          listings: [
            {
              id: 'https://example-youth.org.uk/listings/course',
              endings: { followOn: [{ id: 'https://example-youth.org.uk/listings/club' }] },
            },
            { id: 'https://example-youth.org.uk/listings/other' },
          ],
        },
        passing: {
          listings: [
            {
              id: 'https://example-youth.org.uk/listings/course',
              endings: { followOn: [{ id: 'https://example-youth.org.uk/listings/club' }] },
            },
            { id: 'https://example-youth.org.uk/listings/club' },
          ],
        },
      },
    },
  },
  check(ctx) {
    const state = ctx.state(() => ({ ids: new Set<string>(), references: [] as Reference[] }));
    const { listing } = ctx;
    state.ids.add(listing.id);
    const followOns = listing.endings?.followOn;
    if (!followOns) return;
    const origin = originOf(listing.id);
    followOns.forEach((followOn, index) => {
      // A follow-on elsewhere "may be in another dataset": only the publisher's own can be checked.
      if (originOf(followOn.id) !== origin) return;
      state.references.push({
        target: followOn.id,
        documentName: ctx.documentName,
        instancePath: `${ctx.listingPath}/endings/followOn/${index}/id`,
      });
    });
  },
  finish(ctx, emit) {
    const state = ctx.state(() => ({ ids: new Set<string>(), references: [] as Reference[] }));
    // One listing alone is not a dataset: its follow-ons are elsewhere by definition.
    if (state.ids.size < 2) return;
    for (const reference of state.references) {
      if (state.ids.has(reference.target)) continue;
      emit(
        'follow_on_not_found',
        { documentName: reference.documentName, instancePath: reference.instancePath },
        { id: reference.target, listingsChecked: state.ids.size },
      );
    }
  },
});
