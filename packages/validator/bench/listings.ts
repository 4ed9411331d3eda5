import { readdirSync, readFileSync } from 'node:fs';

const dir = new URL('../../../spec/0.1/examples/listings/', import.meta.url);
export const EXAMPLES: Record<string, unknown>[] = readdirSync(dir)
  .filter((name) => name.endsWith('.json'))
  .sort()
  .map((name) => JSON.parse(readFileSync(new URL(name, dir), 'utf8')));

const indexOf = new Map(EXAMPLES.map((example, index) => [(example as { id: string }).id, index]));
const round = (n: number) => n - (n % EXAMPLES.length);

/**
 * The nth of many valid listings: an example with its own id and name. Follow-ons point at the copy
 * of their target in the same round of examples, so references between listings still resolve.
 */
export function validListing(n: number): Record<string, unknown> {
  const example = EXAMPLES[n % EXAMPLES.length] as {
    id: string;
    name: string;
    endings?: { followOn?: { id: string }[] };
  };
  const listing: Record<string, unknown> = {
    ...example,
    id: `${example.id}-${n}`,
    name: `${example.name} ${n}`.slice(0, 140),
  };
  if (example.endings?.followOn) {
    listing.endings = {
      ...example.endings,
      followOn: example.endings.followOn.map((followOn) => {
        const target = indexOf.get(followOn.id);
        return target === undefined ? followOn : { ...followOn, id: `${followOn.id}-${round(n) + target}` };
      }),
    };
  }
  return listing;
}

/** One listing in five has a mistake: a schema error, a rule error or a rule warning, in turn. */
export function partlyInvalidListing(n: number): Record<string, unknown> {
  const listing = validListing(n);
  if (n % 5 !== 0) return listing;
  switch ((n / 5) % 3) {
    case 0:
      return { ...listing, ageRange: { minValue: 11 } };
    case 1:
      return { ...listing, ageRange: { minValue: 16, maxValue: 11 } };
    default:
      return { ...listing, url: 'http://example-youth.org.uk/page' };
  }
}
