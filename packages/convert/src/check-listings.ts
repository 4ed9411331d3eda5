import { createSpecAjv, type Listing, schemaId } from '@openyouth/schema';
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { ReportBuilder } from './report.ts';

let validateListing: ValidateFunction | undefined;

function validator(): ValidateFunction {
  validateListing ??= createSpecAjv({ allErrors: true }).getSchema(schemaId('listing'));
  if (!validateListing) throw new Error(`The listing schema ${schemaId('listing')} is not registered.`);
  return validateListing;
}

/** The listing schema's complaints about one candidate listing; empty when it is valid. */
export function listingErrors(listing: unknown): ErrorObject[] {
  const validate = validator();
  return validate(listing) ? [] : [...(validate.errors ?? [])];
}

/**
 * Checks converted listings against the listing schema and keeps only the valid ones; each
 * invalid one is reported with the schema's complaints. The one place converted output is
 * validated: it switches to `@openyouth/validator` when that package's API is settled.
 */
export function checkListings(
  candidates: readonly { listing: Listing; where: string }[],
  report: ReportBuilder,
): Listing[] {
  const validate = validator();
  const valid: Listing[] = [];
  for (const { listing, where } of candidates) {
    if (validate(listing)) {
      valid.push(listing);
      continue;
    }
    const problems = (validate.errors ?? [])
      .slice(0, 5)
      .map((error) => `${error.instancePath || '(listing)'} ${error.message ?? ''}`.trim());
    report.notConvertible(
      where,
      `The converted listing is not valid OpenYouth data: ${problems.join('; ')}.`,
    );
  }
  return valid;
}
