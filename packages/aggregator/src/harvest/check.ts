import { createValidator } from '@openyouth/validator';
import type { StoredNotice } from '../store/types.ts';
import type { CheckListings } from './types.ts';

// Every notice of a listing is kept, not a sample: they are that listing's provenance.
const ALL_NOTICES = 1_000_000;
// Rules about a whole dataset mean nothing for one page of one source; the merged view is checked as a whole.
const DATASET_RULES_OFF = { follow_on_not_found: 'off', listing_id_duplicate: 'off' } as const;

/**
 * Checks each page of harvested listings with the full validator, one run per page (starting a
 * run per listing costs more than checking it), judging dates against `now`.
 */
export function validatorCheck(now: Date): CheckListings {
  return (listings) => {
    const validator = createValidator({ now, maxSamplesPerCode: ALL_NOTICES, severity: DATASET_RULES_OFF });
    validator.document(listings, { name: 'harvested page' });
    const perListing: StoredNotice[][] = listings.map(() => []);
    for (const group of validator.finish().notices) {
      for (const notice of group.samples) {
        // Notices on an array of listings point into it: /<index>/<path within the listing>.
        const [, index, ...rest] = notice.instancePath.split('/');
        perListing[Number(index)]?.push({
          code: notice.code,
          severity: notice.severity,
          instancePath: rest.length ? `/${rest.join('/')}` : '',
          message: notice.message,
        });
      }
    }
    return perListing;
  };
}
