import type { Listing } from '@openyouth/schema';

const NAME_STOPWORDS = new Set(['the', 'a', 'an', 'and', 'for', 'of', 'at', 'in', 'with', 'on']);
const ORGANISATION_SUFFIXES = new Set(['ltd', 'limited', 'cic', 'cio', 'charity', 'uk', 'plc']);

function words(text: string): string[] {
  let lower = text.toLowerCase();
  // Accents come off only where there are any: normalising costs more than all the rest.
  if (/[\u0080-\uffff]/.test(lower)) lower = lower.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return lower.replace(/&/g, ' and ').match(/[a-z0-9]+/g) ?? [];
}

/** Name words without little words or plurals: "The Tuesday Youth Clubs" → tuesday, youth, club. */
export function nameTokens(name: string): Set<string> {
  return new Set(
    words(name)
      .filter((word) => !NAME_STOPWORDS.has(word))
      .map((word) => (word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word)),
  );
}

/** Words that name a different group of the same activity: "Junior" and "Girls'" sessions are not the same. */
const GROUP_QUALIFIERS = new Set([
  'junior',
  'senior',
  'mini',
  'girl',
  'boy',
  'women',
  'men',
  'beginner',
  'intermediate',
  'advanced',
  'under',
  'over',
  'older',
  'younger',
  'parent',
  'family',
  'send',
  'autism',
  'online',
]);

const isNumber = (token: string) => /^[0-9]+$/.test(token);

/**
 * True when one name carries a group qualifier the other lacks, or their numbers differ:
 * "Session 1" and "Session 10", "Under 12s" and "Under 16s" are different groups.
 */
export function qualifiersDiffer(a: Set<string>, b: Set<string>): boolean {
  for (const token of GROUP_QUALIFIERS) if (a.has(token) !== b.has(token)) return true;
  const numbers = (tokens: Set<string>) => [...tokens].filter(isNumber).sort().join(' ');
  return numbers(a) !== numbers(b);
}

/** Dice coefficient of two token sets: 1 when they hold the same words, 0 when they share none. */
export function similarity(a: Set<string>, b: Set<string>): number {
  if (a.size === 0 || b.size === 0) return 0;
  let shared = 0;
  for (const token of a) if (b.has(token)) shared++;
  return (2 * shared) / (a.size + b.size);
}

export const normalisePostcode = (postcode: string | undefined) =>
  postcode?.toUpperCase().replace(/\s+/g, '') || undefined;

/** A URL compared without scheme, `www.`, trailing slash, fragment or tracking parameters. */
export function normaliseUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    for (const key of [...parsed.searchParams.keys()])
      if (key.startsWith('utm_')) parsed.searchParams.delete(key);
    const host = parsed.hostname.replace(/^www\./, '');
    const path = parsed.pathname.replace(/\/+$/, '');
    return `${host}${path}${parsed.search}`.toLowerCase();
  } catch {
    return undefined;
  }
}

export function organiserKey(listing: Listing): string {
  return words(listing.organizer.name)
    .filter((word) => !ORGANISATION_SUFFIXES.has(word) && !NAME_STOPWORDS.has(word))
    .join(' ');
}
