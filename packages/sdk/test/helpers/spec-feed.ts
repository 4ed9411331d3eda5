import { readdirSync, readFileSync } from 'node:fs';

const EXAMPLES = new URL('../../../../spec/0.1/examples/', import.meta.url);
const PUBLISHED_FEED = 'https://kestrelyouth.org.uk/feeds/listings';

/** The spec's 3-page example feed, re-addressed to `origin`, keyed by path and query. */
export function specFeedPages(origin: string): Map<string, string> {
  const pages = new Map<string, string>();
  let path = '/feeds/listings';
  for (const name of ['page-1', 'page-2', 'page-3']) {
    const text = readFileSync(new URL(`feed/${name}.json`, EXAMPLES), 'utf8').replaceAll(
      PUBLISHED_FEED,
      `${origin}/feeds/listings`,
    );
    pages.set(path, text);
    const next = new URL((JSON.parse(text) as { next: string }).next);
    path = next.pathname + next.search;
  }
  return pages;
}

export function readExample(relative: string): string {
  return readFileSync(new URL(relative, EXAMPLES), 'utf8');
}

/** The spec's 17 example listings as feed items, `modified` taken from each `dateModified`. */
export function specListingItems(): { state: 'updated'; id: string; modified: number; data: never }[] {
  const folder = new URL('listings/', EXAMPLES);
  return readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .map((name) => {
      const data = JSON.parse(readFileSync(new URL(name, folder), 'utf8')) as {
        id: string;
        dateModified: string;
      };
      return {
        state: 'updated' as const,
        id: data.id,
        modified: Date.parse(data.dateModified),
        data: data as never,
      };
    });
}
