import type { Report } from '../report.ts';

/** The report as JSON: summary, notices grouped by code with exact totals and capped samples, problems. */
export function formatJson(report: Report): string {
  return JSON.stringify(report, null, 2);
}
