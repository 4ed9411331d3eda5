import { writeFile } from 'node:fs/promises';
import type { Listing } from '@openyouth/schema';
import {
  formatHtml,
  formatJson,
  formatSarif,
  formatText,
  hasNoticesAtOrAbove,
  noticeCatalogue,
  type Report,
  SEVERITIES,
  type Severity,
  type SeverityOverrides,
} from '@openyouth/validator';
import { validateInputs } from '@openyouth/validator/node';
import type { Output } from '../internal/output.ts';
import { createProgress } from '../internal/progress.ts';
import { summariseListings } from '../internal/summary.ts';
import { EXIT, type FORMATS } from './choices.ts';

export type Format = (typeof FORMATS)[number];

export interface ValidateOptions {
  summary?: boolean;
  format?: Format;
  output?: string;
  failOn?: Severity;
  /** `code=level` pairs, level one of error, warning, info or off. */
  severity?: string[];
  /** The date to judge "past" and "stale" against, for reproducible runs (YYYY-MM-DD or ISO date-time). */
  now?: string;
  maxPages?: number;
  maxItemBytes?: number;
  timeout?: number;
}

class UsageError extends Error {}

function parseOverrides(pairs: readonly string[] = []): SeverityOverrides {
  const catalogue = noticeCatalogue();
  const overrides: Record<string, Severity | 'off'> = {};
  for (const pair of pairs) {
    const [code = '', level = ''] = pair.split('=');
    if (!catalogue.has(code)) {
      throw new UsageError(
        `--severity ${pair}: there is no notice code '${code}'. The codes are listed in docs/rules/README.md.`,
      );
    }
    if (!(SEVERITIES as readonly string[]).includes(level) && level !== 'off') {
      throw new UsageError(`--severity ${pair}: the level must be error, warning, info or off.`);
    }
    overrides[code] = level as Severity | 'off';
  }
  return overrides;
}

function parseNow(text: string | undefined): Date | undefined {
  if (text === undefined) return undefined;
  const date = new Date(text);
  if (Number.isNaN(date.getTime()))
    throw new UsageError(`--now ${text}: not a date. Write it as YYYY-MM-DD.`);
  return date;
}

function render(report: Report, format: Format): string {
  switch (format) {
    case 'json':
      return formatJson(report);
    case 'sarif':
      return formatSarif(report);
    case 'html':
      return formatHtml(report);
    case 'text':
      return formatText(report);
  }
}

/** Checks files, folders, URLs or standard input, and reports in the format asked for. */
export async function validateCommand(
  paths: string[],
  options: ValidateOptions,
  output: Output,
): Promise<number> {
  let severity: SeverityOverrides;
  let now: Date | undefined;
  try {
    severity = parseOverrides(options.severity);
    now = parseNow(options.now);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    output.error(error.message);
    return EXIT.couldNotRun;
  }

  const listings = new Map<string, Listing>();
  const progress = createProgress();
  const report = await validateInputs(paths, {
    severity,
    ...(now ? { now } : {}),
    ...(options.maxPages ? { maxPages: options.maxPages } : {}),
    ...(options.maxItemBytes ? { maxItemBytes: options.maxItemBytes } : {}),
    ...(options.timeout ? { walkTimeoutMs: options.timeout * 1000 } : {}),
    onPage: progress.update,
    ...(options.summary ? { onListing: (listing: Listing) => listings.set(listing.id, listing) } : {}),
  });
  progress.stop();

  const format = options.format ?? 'text';
  const rendered = render(report, format);
  if (options.output) {
    await writeFile(options.output, rendered);
    output.log(
      formatText({ ...report, notices: [] })
        .split('\n')
        .at(-1) ?? '',
    );
    output.log(`Report written to ${options.output}.`);
  } else {
    output.log(rendered);
  }
  if (options.summary && format === 'text' && listings.size > 0) {
    output.log('');
    output.log(`${listings.size} listings:`);
    output.log(summariseListings([...listings.values()]));
  }
  if (report.problems.length > 0) {
    for (const problem of report.problems) output.error(problem.message);
    return EXIT.couldNotRun;
  }
  return hasNoticesAtOrAbove(report, options.failOn ?? 'error') ? EXIT.invalid : EXIT.valid;
}
