import { findInListings } from '@openyouth/convert';
import type { Listing } from '@openyouth/schema';
import { bySeverityThenCode, type Finding, noticeMessage } from '@openyouth/validator';
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
    let previous: { findings: readonly Finding[]; notices: StoredNotice[] } = { findings: [], notices: [] };
    // A harvested item is only shaped like a listing; the validator takes anything.
    return findInListings(listings as readonly Listing[], { now, severity: DATASET_RULES_OFF }).map(
      ({ findings }) => {
        // A source's listings mostly raise the same notices, found in the same order: one shared
        // list is written up (in the order reports use), and stored (and hashed) once.
        if (!sameFindings(findings, previous.findings)) {
          const notices = findings
            .map(({ code, severity, instancePath, params }) => ({
              code,
              severity,
              instancePath,
              message: noticeMessage(code, params),
            }))
            .sort(bySeverityThenCode);
          previous = { findings, notices: Object.freeze(notices) as StoredNotice[] };
        }
        return previous.notices;
      },
    );
  };
}

/** Same codes, severities and places, and the same params: so the same messages too. */
function sameFindings(findings: readonly Finding[], others: readonly Finding[]) {
  return (
    findings.length === others.length &&
    findings.every((finding, index) => {
      const other = others[index] as Finding;
      return (
        finding.code === other.code &&
        finding.severity === other.severity &&
        finding.instancePath === other.instancePath &&
        sameValues(finding.params, other.params)
      );
    })
  );
}

/** The same keys with identical values: params holding objects are not looked into, only told apart. */
function sameValues(params: Record<string, unknown>, others: Record<string, unknown>) {
  let keys = 0;
  for (const key in params) {
    if (!(key in others) || !Object.is(params[key], others[key])) return false;
    keys++;
  }
  for (const _ in others) keys--;
  return keys === 0;
}
