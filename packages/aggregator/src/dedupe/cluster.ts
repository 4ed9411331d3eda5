import type { Listing } from '@openyouth/schema';
import { featuresOf, type MatchFeatures, type MatchReason, matchFeatures } from './match.ts';

export interface Candidate {
  /** Where the listing came from: `<source id>/<item id>`. */
  key: string;
  listing: Listing;
}

export interface MergedListing {
  /** The version shown: the most recently verified, then the most recently modified. */
  listing: Listing;
  /** The key of the member whose listing it is. */
  chosenKey: string;
  members: Candidate[];
  /** Why each member joined the cluster. */
  links: { from: string; to: string; reasons: MatchReason[] }[];
}

/**
 * The blocks a listing falls in: only listings sharing a block are compared. Listings that share
 * an id or a web page, or an organiser, a postcode and a day, which the four-way rule needs all of.
 */
export function blockKeys(feature: MatchFeatures): string[] {
  const keys = [`id:${feature.id}`];
  if (feature.url) keys.push(`url:${feature.url}`);
  if (feature.postcode) {
    for (const organiser of feature.organisers) {
      // Organiser first: one source's listings, stored together, then sit together in the store's index.
      for (const day of feature.days) keys.push(`${organiser}|${feature.postcode}|${day}`);
    }
  }
  return keys;
}

const recency = (listing: Listing) => `${listing.lastVerified ?? ''}|${listing.dateModified}`;

/**
 * Groups listings that describe the same opportunity, comparing only listings that could match,
 * so the work grows with the size of those small groups, not with n². `features` and `blocks`,
 * one per candidate, are the candidates' match features and `blockKeys` when the caller has them
 * already.
 */
export function clusterListings(
  candidates: readonly Candidate[],
  features: readonly MatchFeatures[] = candidates.map(({ listing }) => featuresOf(listing)),
  blocks: readonly (readonly string[])[] = features.map(blockKeys),
): MergedListing[] {
  const parent = candidates.map((_, index) => index);
  const find = (index: number): number => {
    let root = index;
    while (parent[root] !== root) root = parent[root] as number;
    return root;
  };
  const links: { fromIndex: number; link: MergedListing['links'][number] }[] = [];

  // Only listings that could match are compared: those sharing a block.
  const byBlock = new Map<string, number[]>();
  blocks.forEach((keys, index) => {
    for (const key of keys) {
      const block = byBlock.get(key);
      if (block) block.push(index);
      else byBlock.set(key, [index]);
    }
  });

  const compared = new Set<string>();
  for (const members of byBlock.values()) {
    for (let i = 0; i < members.length; i++) {
      for (let j = i + 1; j < members.length; j++) {
        const [a, b] = [members[i] as number, members[j] as number];
        const pair = `${a}:${b}`;
        if (compared.has(pair) || find(a) === find(b)) continue;
        compared.add(pair);
        const [first, second] = [candidates[a] as Candidate, candidates[b] as Candidate];
        const match = matchFeatures(features[a] as MatchFeatures, features[b] as MatchFeatures);
        if (!match.same) continue;
        parent[find(b)] = find(a);
        links.push({ fromIndex: a, link: { from: first.key, to: second.key, reasons: match.reasons } });
      }
    }
  }

  const clusters = new Map<number, { members: Candidate[]; links: MergedListing['links'] }>();
  candidates.forEach((candidate, index) => {
    const root = find(index);
    const cluster = clusters.get(root);
    if (cluster) cluster.members.push(candidate);
    else clusters.set(root, { members: [candidate], links: [] });
  });
  for (const { fromIndex, link } of links) clusters.get(find(fromIndex))?.links.push(link);
  return [...clusters.values()].map(({ members, links }) => {
    const chosen = members.reduce((best, member) =>
      recency(member.listing) > recency(best.listing) ? member : best,
    );
    return { listing: chosen.listing, chosenKey: chosen.key, members, links };
  });
}
