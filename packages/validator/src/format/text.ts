import { en } from '../locales/en.ts';
import type { Report } from '../report.ts';
import { docsPath, plural, SEVERITY_TITLES, whereOf } from './shared.ts';

export interface TextOptions {
  /** Samples shown per code. Default 3. */
  samples?: number;
}

/** The report for people at a terminal: one line per input, then notices grouped by code with the fix. */
export function formatText(report: Report, options: TextOptions = {}): string {
  const shown = options.samples ?? 3;
  const lines: string[] = [];
  for (const input of report.summary.inputs) {
    const { error, warning, info } = input.counts;
    const counts = [
      error ? plural(error, 'error') : '',
      warning ? plural(warning, 'warning') : '',
      info ? plural(info, 'suggestion') : '',
    ].filter(Boolean);
    lines.push(
      `${error ? '✗' : '✓'} ${input.name} (${input.kind})${counts.length ? `: ${counts.join(', ')}` : ''}`,
    );
  }
  for (const severity of ['error', 'warning', 'info'] as const) {
    const groups = report.notices.filter((group) => group.severity === severity);
    if (groups.length === 0) continue;
    lines.push('', SEVERITY_TITLES[severity]);
    for (const group of groups) {
      lines.push('', `  ${group.code} (${group.total}): ${group.summary}`);
      for (const notice of group.samples.slice(0, shown)) {
        const pointer = notice.instancePath || '/';
        lines.push(`    ${whereOf(notice)} ${pointer}`, `      ${notice.message}`);
      }
      const more = group.total - Math.min(shown, group.samples.length);
      if (more > 0) lines.push(`    … and ${more} more`);
      const entry = en[group.code];
      if (entry) lines.push(`    How to fix: ${entry.fix}`);
      lines.push(`    More: ${docsPath(group.code)}`);
    }
  }
  if (report.problems.length > 0) {
    lines.push('', 'The check could not finish:');
    for (const problem of report.problems) lines.push(`  ${problem.code}: ${problem.message}`);
  }
  const { counts, listings, inputs } = report.summary;
  lines.push(
    '',
    `${plural(inputs.length, 'input')} and ${plural(listings.checked, 'listing')} checked: ${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ${plural(counts.info, 'suggestion')}.`,
  );
  return lines.join('\n');
}
