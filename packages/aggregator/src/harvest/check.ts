import { validate } from '@openyouth/validator';
import type { StoredNotice } from '../store/types.ts';
import type { CheckListing } from './types.ts';

// Every notice of a listing is kept, not a sample: they are that listing's provenance.
const ALL_NOTICES = 10_000;

/** Checks each harvested listing with the full validator, judging dates against `now`. */
export function validatorCheck(now: Date): CheckListing {
  return (listing) =>
    validate(listing, {
      now,
      schema: 'listing',
      name: 'harvested listing',
      maxSamplesPerCode: ALL_NOTICES,
    }).notices.flatMap((group) =>
      group.samples.map(
        (notice): StoredNotice => ({
          code: notice.code,
          severity: notice.severity,
          instancePath: notice.instancePath,
          message: notice.message,
        }),
      ),
    );
}
