import type { Notice, Rule } from '@openyouth/validator';
import { createValidator } from '@openyouth/validator';
import { EXAMPLE_NOW, patchListing } from '../scripts/examples.ts';

export { EXAMPLE_NOW, patchListing };

/** A notice as a rule test compares it: everything but where the document came from. */
export type CheckedNotice = Omit<Notice, 'source'>;

/**
 * The notices one rule raises on the base listing with `patch` applied (or on several listings),
 * judged on the pinned date.
 */
export function noticesOf(
  rule: Rule,
  given: Record<string, unknown> | Record<string, unknown>[],
  omit: readonly string[] = [],
): CheckedNotice[] {
  const validator = createValidator({ now: EXAMPLE_NOW, maxSamplesPerCode: 100 });
  const document = Array.isArray(given)
    ? given.map((patch) => patchListing(patch))
    : patchListing(given, omit);
  validator.document(document, { name: 'test.json' });
  const codes = new Set(Object.keys(rule.notices));
  return validator
    .finish()
    .notices.filter((group) => codes.has(group.code))
    .flatMap((group) => group.samples)
    .map(({ source: _source, ...notice }) => notice);
}
