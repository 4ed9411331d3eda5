import type { Listing } from '@openyouth/schema';
import {
  bySeverityThenCode,
  createValidator,
  type Finding,
  type Notice,
  noticeMessage,
  type SeverityOverrides,
} from '@openyouth/validator';
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

/** What `findInListings` found about one listing: as `CheckedListing`, its notices not yet written up. */
export interface ListingFindings {
  readonly listing: Listing;
  readonly passedSchema: boolean;
  /**
   * Every finding about it, in the order found, each with the listing's place in the batch
   * (`/<index>`) and an `instancePath` into the listing.
   */
  readonly findings: Finding[];
}

/**
 * Runs `@openyouth/validator` (schema and every rule) over the listings of one conversion as one
 * dataset, so that duplicate ids and follow-ons pointing nowhere are found too, and hands each
 * listing what was found about it. Nothing is written up with a message: for callers that check
 * many listings and keep few distinct notices (`noticeMessage` writes one up).
 */
export function findInListings(listings: readonly Listing[], options: CheckOptions = {}): ListingFindings[] {
  const found = listings.map((listing) => ({ listing, passedSchema: false, findings: [] as Finding[] }));
  const validator = createValidator({
    ...(options.now ? { now: options.now } : {}),
    ...(options.severity ? { severity: options.severity } : {}),
    // Every finding comes to `onFinding`: the report need not keep any.
    maxSamplesPerCode: 0,
    onListing: (_listing, { listingPath }) => {
      const listing = found[indexIn(listingPath)];
      if (listing) listing.passedSchema = true;
    },
    onFinding: (finding) => {
      if (finding.listingPath !== undefined) {
        found[indexIn(finding.listingPath)]?.findings.push(finding);
        return;
      }
      // A dataset rule's, at the end of the run, points into the array: /<index>/<path in the listing>.
      const { instancePath } = finding;
      if (!instancePath.startsWith('/')) return;
      const end = instancePath.indexOf('/', 1);
      const listingPath = end < 0 ? instancePath : instancePath.slice(0, end);
      found[indexIn(listingPath)]?.findings.push({
        ...finding,
        instancePath: end < 0 ? '' : instancePath.slice(end),
        listingPath,
      });
    },
  });
  validator.document(listings, { name: 'converted listings' });
  const [problem] = validator.finish().problems;
  if (problem) throw new ConvertError('OY_ERR_CONVERT_VALIDATOR', problem.message);
  return found;
}

/** The index of the listing at `/<index>` in the array of listings. */
const indexIn = (listingPath: string) => Number(listingPath.slice(1));

/**
 * `findInListings`, with every notice written up, in the order the validator's report lists them:
 * errors first, then by code, each code's in the order found.
 */
export function validateConverted(
  listings: readonly Listing[],
  options: CheckOptions = {},
): CheckedListing[] {
  return findInListings(listings, options).map(({ listing, passedSchema, findings }) => ({
    listing,
    passedSchema,
    notices: findings
      .map(({ code, severity, instancePath, params }) => ({
        code,
        severity,
        instancePath,
        params,
        message: noticeMessage(code, params),
      }))
      .sort(bySeverityThenCode),
  }));
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
