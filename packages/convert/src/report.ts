import type { Severity } from '@openyouth/validator';

/**
 * `not-convertible`: a whole item was left out. `lost`: an item was converted but a field of it
 * could not be carried. `invalid`: a value was wrong (a spreadsheet cell), so its item was left out.
 * `assumed`: a value OpenYouth requires was inferred, and a person should check it.
 * `quality`: the validator's notice on a listing that was converted and kept (a rule of the
 * standard it breaks or could meet better), with the notice's code and severity.
 */
export type NoticeKind = 'not-convertible' | 'lost' | 'invalid' | 'assumed' | 'quality';

/** One thing a conversion could not carry, with where it was in the input and why. */
export interface ConversionNotice {
  readonly kind: NoticeKind;
  /** Where in the input: a JSON Pointer, a URL, or "Sheet 'Listings', row 7, column 'Minimum age'". */
  readonly where: string;
  /** The input's own field name, when the notice is about one field. */
  readonly field?: string;
  readonly message: string;
  /** For `quality` notices: the validator's code (documented in docs/rules/<code>.md) and severity. */
  readonly code?: string;
  readonly severity?: Severity;
  /** For `quality` notices: a JSON Pointer into the converted listing. */
  readonly instancePath?: string;
}

/** What the validator says about one converted listing, as the report carries it. */
export interface QualityFinding {
  readonly code: string;
  readonly severity: Severity;
  readonly instancePath: string;
  readonly message: string;
}

/** Collects notices while converting; `notices` is what a converter returns as its report. */
export class ReportBuilder {
  readonly notices: ConversionNotice[] = [];

  notConvertible(where: string, message: string): void {
    this.notices.push({ kind: 'not-convertible', where, message });
  }

  lost(where: string, field: string, message: string): void {
    this.notices.push({ kind: 'lost', where, field, message });
  }

  assumed(where: string, field: string, message: string): void {
    this.notices.push({ kind: 'assumed', where, field, message });
  }

  invalid(where: string, field: string, message: string): void {
    this.notices.push({ kind: 'invalid', where, field, message });
  }

  quality(where: string, { code, severity, instancePath, message }: QualityFinding, field?: string): void {
    this.notices.push({
      kind: 'quality',
      where,
      ...(field !== undefined ? { field } : {}),
      code,
      severity,
      instancePath,
      message,
    });
  }
}

/** True when the report says some item could not be converted (the CLI's exit code 1). */
export function hasUnconvertedItems(report: readonly ConversionNotice[]): boolean {
  return report.some((notice) => notice.kind === 'not-convertible' || notice.kind === 'invalid');
}
