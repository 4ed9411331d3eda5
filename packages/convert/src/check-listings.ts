import type { Listing } from '@openyouth/schema';
import { createValidator, type Notice, type SeverityOverrides } from '@openyouth/validator';
import { ConvertError } from './errors.ts';
import type { QualityFinding, ReportBuilder } from './report.ts';

export interface CheckOptions {
  /** The moment the validator judges "past" and "stale" against; pin it for reproducible reports. */
  readonly now?: Date;
  /** Per-code severities, or `off`, as the validator takes them. */
  readonly severity?: SeverityOverrides;
}

/** One converted listing after the full validator: whether it passed the schema, and its notices. */
export interface CheckedListing {
  readonly listing: Listing;
  /** False when the listing broke the schema: its notices then say how, and it is not convertible. */
  readonly passedSchema: boolean;
  /** Every notice about it, each `instancePath` pointing into the listing itself. */
  readonly notices: Notice[];
}

// A conversion reports every notice of every listing, not the validator's samples per code.
const ALL_NOTICES = Number.MAX_SAFE_INTEGER;

/**
 * Runs `@openyouth/validator` (schema and every rule) over the listings of one conversion as one
 * dataset, so that duplicate ids and follow-ons pointing nowhere are found too, and hands each
 * listing its own notices.
 */
export function validateConverted(
  listings: readonly Listing[],
  options: CheckOptions = {},
): CheckedListing[] {
  const passed = new Set<string>();
  const validator = createValidator({
    ...(options.now ? { now: options.now } : {}),
    ...(options.severity ? { severity: options.severity } : {}),
    maxSamplesPerCode: ALL_NOTICES,
    onListing: (_listing, { listingPath }) => passed.add(listingPath),
  });
  validator.document(listings, { name: 'converted listings' });
  const { notices, problems } = validator.finish();
  const [problem] = problems;
  if (problem) throw new ConvertError('OY_ERR_CONVERT_VALIDATOR', problem.message);
  const checked = listings.map((listing, i) => ({
    listing,
    passedSchema: passed.has(`/${i}`),
    notices: [] as Notice[],
  }));
  for (const group of notices) {
    for (const { code, severity, instancePath, params, message } of group.samples) {
      // Notices on an array of listings point into it: /<index>/<path within the listing>.
      if (!instancePath.startsWith('/')) continue;
      const end = instancePath.indexOf('/', 1);
      const index = Number(end < 0 ? instancePath.slice(1) : instancePath.slice(1, end));
      checked[index]?.notices.push({
        code,
        severity,
        instancePath: end < 0 ? '' : instancePath.slice(end),
        params,
        message,
      });
    }
  }
  return checked;
}

/** The schema's complaints about a listing in one sentence, for a not-convertible notice. */
function schemaProblems(notices: readonly QualityFinding[]): string {
  const shown = notices.slice(0, 5).map((n) => `${n.instancePath || '(listing)'}: ${n.message}`);
  const more = notices.length > shown.length ? ` … and ${notices.length - shown.length} more.` : '';
  return `The converted listing is not valid OpenYouth data. ${shown.join(' ')}${more}`;
}

/**
 * The one place converted output is validated. A listing that breaks the schema is reported as
 * not convertible, with the validator's messages and pointers, and left out; a listing that passes
 * is kept, and each of the validator's notices about it is reported as a `quality` notice.
 */
export function checkListings(
  candidates: readonly { listing: Listing; where: string }[],
  report: ReportBuilder,
  options: CheckOptions = {},
): Listing[] {
  const kept: Listing[] = [];
  validateConverted(
    candidates.map((c) => c.listing),
    options,
  ).forEach(({ listing, passedSchema, notices }, i) => {
    const where = candidates[i]?.where ?? '';
    if (!passedSchema) {
      report.notConvertible(where, schemaProblems(notices));
      return;
    }
    kept.push(listing);
    for (const notice of notices) report.quality(where, notice);
  });
  return kept;
}
