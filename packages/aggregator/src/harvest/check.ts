import { validateConverted } from '@openyouth/convert';
import type { Listing } from '@openyouth/schema';
import type { StoredNotice } from '../store/types.ts';
import type { CheckListings } from './types.ts';

// Rules about a whole dataset mean nothing for one page of one source; the merged view is checked as a whole.
const DATASET_RULES_OFF = { follow_on_not_found: 'off', listing_id_duplicate: 'off' } as const;

/**
 * Checks each page of harvested listings with the full validator, one run per page (starting a
 * run per listing costs more than checking it), judging dates against `now`. Every notice of a
 * listing is kept, not a sample: they are that listing's provenance.
 */
export function validatorCheck(now: Date): CheckListings {
  return (listings) => {
    let previous: StoredNotice[] = [];
    // A harvested item is only shaped like a listing; the validator takes anything.
    return validateConverted(listings as readonly Listing[], { now, severity: DATASET_RULES_OFF }).map(
      ({ notices }) => {
        // A source's listings mostly raise the same notices: one shared list is stored (and hashed) once.
        if (sameNotices(notices, previous)) return previous;
        previous = Object.freeze(
          notices.map(({ code, severity, instancePath, message }) => ({
            code,
            severity,
            instancePath,
            message,
          })),
        ) as StoredNotice[];
        return previous;
      },
    );
  };
}

function sameNotices(notices: readonly StoredNotice[], stored: readonly StoredNotice[]) {
  return (
    notices.length === stored.length &&
    notices.every((notice, index) => {
      const other = stored[index] as StoredNotice;
      return (
        notice.code === other.code &&
        notice.severity === other.severity &&
        notice.instancePath === other.instancePath &&
        notice.message === other.message
      );
    })
  );
}
