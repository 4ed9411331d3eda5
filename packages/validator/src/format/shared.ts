import type { Notice, Severity } from '../notice.ts';

export const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export const SEVERITY_TITLES: Record<Severity, string> = {
  error: 'Errors: must be fixed',
  warning: 'Warnings: should be fixed',
  info: 'Suggestions: could be better',
};

/** `file:line:column`, or just the file when the position is not known. */
export function whereOf(notice: Notice): string {
  const source = notice.source;
  if (!source) return '';
  if (source.line === undefined) return source.name;
  return `${source.name}:${source.line}:${source.column ?? 1}`;
}

/** Where the documentation page of a code lives, relative to the repository root. */
export const docsPath = (code: string) => `docs/rules/${code}.md`;
