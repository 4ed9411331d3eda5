import type { Severity } from '../notice.ts';
import { noticeCatalogue } from '../notices.ts';
import type { Report } from '../report.ts';
import { docsPath } from './shared.ts';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  error: 'error',
  warning: 'warning',
  info: 'note',
};

export interface SarifOptions {
  /** Where the rule pages are published, so code scanning can link to them. */
  docsBaseUrl?: string;
}

/** SARIF 2.1.0, so the validator's notices show up in code scanning. Only the kept samples become results. */
export function formatSarif(report: Report, options: SarifOptions = {}): string {
  const catalogue = noticeCatalogue();
  const base = options.docsBaseUrl ?? 'https://openyouth.org/';
  const codes = report.notices.map((group) => group.code);
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.summary.validator.name,
            version: report.summary.validator.version,
            informationUri: `${base}docs/rules/README.md`,
            rules: codes.map((code) => {
              const notice = catalogue.get(code);
              return {
                id: code,
                shortDescription: { text: notice?.summary ?? code },
                helpUri: `${base}${docsPath(code)}`,
                defaultConfiguration: { level: LEVEL[notice?.severity ?? 'error'] },
              };
            }),
          },
        },
        invocations: [
          {
            executionSuccessful: report.problems.length === 0,
            toolExecutionNotifications: report.problems.map((problem) => ({
              level: 'error',
              message: { text: problem.message },
              descriptor: { id: problem.code },
            })),
          },
        ],
        results: report.notices.flatMap((group) =>
          group.samples.map((notice) => ({
            ruleId: notice.code,
            ruleIndex: codes.indexOf(notice.code),
            level: LEVEL[notice.severity],
            message: { text: notice.message },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: { uri: notice.source?.name ?? '' },
                  ...(notice.source?.line === undefined
                    ? {}
                    : { region: { startLine: notice.source.line, startColumn: notice.source.column ?? 1 } }),
                },
                logicalLocations: [{ fullyQualifiedName: notice.instancePath || '/', kind: 'object' }],
              },
            ],
            properties: { params: notice.params },
          })),
        ),
        properties: {
          totals: Object.fromEntries(report.notices.map((group) => [group.code, group.total])),
          specVersion: report.summary.specVersion,
        },
      },
    ],
  };
  return JSON.stringify(sarif, null, 2);
}
