import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** What a JSON document is, told from its shape, and so which schema it is checked against. */
export type DocumentKind = 'listing' | 'listings' | 'feed-page' | 'dataset';

export interface LoadedDocument {
  path: string;
  kind: DocumentKind;
  data: unknown;
}

export class InputError extends Error {
  override name = 'InputError';
}

/** Every `.json` file named, with folders searched recursively, in a stable order. */
export async function findJsonFiles(paths: readonly string[]): Promise<string[]> {
  const files: string[] = [];
  for (const path of paths) {
    const info = await stat(path).catch(() => {
      throw new InputError(`${path}: no such file or folder. Check the path and try again.`);
    });
    if (!info.isDirectory()) {
      files.push(path);
      continue;
    }
    const entries = await readdir(path, { recursive: true });
    files.push(
      ...entries
        .filter((entry) => entry.endsWith('.json'))
        .sort()
        .map((entry) => join(path, entry)),
    );
  }
  return files;
}

export function kindOf(data: unknown): DocumentKind {
  if (Array.isArray(data)) return 'listings';
  if (typeof data === 'object' && data !== null) {
    if ('items' in data && 'next' in data) return 'feed-page';
    if ((data as { type?: unknown }).type === 'Dataset') return 'dataset';
  }
  return 'listing';
}

export async function loadDocument(path: string): Promise<LoadedDocument> {
  const text = await readFile(path, 'utf8');
  try {
    const data: unknown = JSON.parse(text);
    return { path, kind: kindOf(data), data };
  } catch (error) {
    throw new InputError(
      `${path}: not valid JSON (${(error as Error).message}). Fix the syntax and try again.`,
    );
  }
}
