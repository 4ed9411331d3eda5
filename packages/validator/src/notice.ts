/** error = the standard says MUST, warning = SHOULD, info = could be better. */
export type Severity = 'error' | 'warning' | 'info';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Where in a file a notice points, 1-based, as editors count. */
export interface SourcePosition {
  file: string;
  line: number;
  column: number;
}

/**
 * A problem in the data. Shaped like ajv's errors (`instancePath`, `params`, `message`) so schema
 * errors and rule notices are one type; `code` is stable and documented in docs/rules/<code>.md.
 */
export interface Notice {
  code: string;
  severity: Severity;
  /** A JSON Pointer into the document the notice is about. */
  instancePath: string;
  params: Record<string, unknown>;
  message: string;
  /** The file, URL or stream the document came from, and line and column when known. */
  source?: { name: string; line?: number; column?: number };
}

/**
 * A notice as a check records it, before it is written up with a message (`noticeMessage`) and a
 * place in a file: what a validator's `onFinding` receives. A notice about one listing's own checks
 * (the schema and the rules) has the listing's place in the document in `listingPath`, and an
 * `instancePath` into the listing; any other has an `instancePath` into the document and no
 * `listingPath`.
 */
export interface Finding {
  code: string;
  severity: Severity;
  instancePath: string;
  params: Record<string, unknown>;
  listingPath: string | undefined;
}

/**
 * Example data for a notice's documentation: a valid listing with some top-level properties
 * replaced (`listing`) and some removed (`omit`), several such listings in one file (`listings`), or
 * a whole document as it is (`document`), or the raw text of a file (`text`).
 */
export type ExampleData =
  | { listing: Record<string, unknown>; omit?: readonly string[] }
  | { listings: readonly Record<string, unknown>[] }
  | { document: unknown }
  | { text: string };

export interface NoticeDefinition {
  severity: Severity;
  /** One line saying what the notice means, used as the title of its documentation page. */
  summary: string;
  /** The params the notice carries, documented on its page. */
  fields: readonly string[];
  /** Data that raises the notice and the corrected data that does not; the docs show both and a test runs them. */
  examples?: { failing: ExampleData; passing: ExampleData };
}

/** Severity per code chosen for one run, overriding the defaults; `off` drops the code. */
export type SeverityOverrides = Readonly<Record<string, Severity | 'off'>>;
