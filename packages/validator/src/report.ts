import type { ValidatorErrorCode } from './errors.ts';
import type { Notice, Severity } from './notice.ts';

export type SeverityCounts = Record<Severity, number>;

/** What a document was taken to be, and so which schema checked it. */
export type DocumentKind = 'listing' | 'listings' | 'feed-page' | 'dataset' | 'unknown';

export interface InputSummary {
  /** A file path, a URL or `-` for standard input. */
  name: string;
  kind: DocumentKind | 'ndjson' | 'feed';
  /** Listings checked (one per listing, array item, NDJSON line or updated feed item). */
  listings: number;
  counts: SeverityCounts;
}

/** Every notice of one code: the exact total, and the first few in full. */
export interface NoticeGroup {
  code: string;
  severity: Severity;
  summary: string;
  total: number;
  samples: Notice[];
}

/** A problem in the tool or its surroundings (a file that cannot be read, a network failure). */
export interface ToolProblem {
  code: ValidatorErrorCode;
  message: string;
  input?: string;
}

export interface Report {
  summary: {
    validator: { name: string; version: string };
    specVersion: string;
    startedAt: string;
    durationMs: number;
    /** The date "in the past" and "stale" were judged against, and its timezone. */
    today: string;
    timeZone: string;
    inputs: InputSummary[];
    listings: { checked: number; failedSchema: number };
    counts: SeverityCounts;
    /** Samples kept per code; totals are always exact. */
    maxSamplesPerCode: number;
  };
  notices: NoticeGroup[];
  problems: ToolProblem[];
}

export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** The order reports list notices in: errors first, then by code (by code point, the same in every locale). */
export const bySeverityThenCode = (a: { severity: Severity; code: string }, b: typeof a): number =>
  SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

/** True when the report has a notice at or above `threshold`, or the tool could not finish. */
export function hasNoticesAtOrAbove(report: Report, threshold: Severity): boolean {
  return report.notices.some(
    (group) => group.total > 0 && SEVERITY_ORDER[group.severity] <= SEVERITY_ORDER[threshold],
  );
}
