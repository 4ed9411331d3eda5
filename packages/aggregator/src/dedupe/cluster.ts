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

/** A cluster of candidates, by their index: the one shown, every member, and why each joined. */
export interface FeatureCluster {
  chosen: number;
  members: number[];
  links: { from: number; to: number; reasons: MatchReason[] }[];
}

/**
 * Groups listings that describe the same opportunity, by their match features, comparing only
 * listings that could match: the work grows with the size of those small groups, not with n².
 * `blocks`, one per candidate, are their `blockKeys` when the caller has them already.
 */
export function clusterFeatures(
  features: readonly MatchFeatures[],
  blocks: readonly (readonly string[])[] = features.map(blockKeys),
): FeatureCluster[] {
  const parent = features.map((_, index) => index);
  const find = (index: number): number => {
    let root = index;
    while (parent[root] !== root) root = parent[root] as number;
    return root;
  };
  const links: FeatureCluster['links'] = [];

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
        const match = matchFeatures(features[a] as MatchFeatures, features[b] as MatchFeatures);
        if (!match.same) continue;
        parent[find(b)] = find(a);
        links.push({ from: a, to: b, reasons: match.reasons });
      }
    }
  }

  const clusters = new Map<number, FeatureCluster>();
  features.forEach((feature, index) => {
    const root = find(index);
    const cluster = clusters.get(root);
    if (!cluster) clusters.set(root, { chosen: index, members: [index], links: [] });
    else {
      cluster.members.push(index);
      if (feature.recency > (features[cluster.chosen] as MatchFeatures).recency) cluster.chosen = index;
    }
  });
  for (const link of links) clusters.get(find(link.from))?.links.push(link);
  return [...clusters.values()];
}

/** `clusterFeatures` for listings at hand. */
export function clusterListings(candidates: readonly Candidate[]): MergedListing[] {
  const keyOf = (index: number) => (candidates[index] as Candidate).key;
  return clusterFeatures(candidates.map(({ listing }) => featuresOf(listing))).map((cluster) => ({
    listing: (candidates[cluster.chosen] as Candidate).listing,
    chosenKey: keyOf(cluster.chosen),
    members: cluster.members.map((index) => candidates[index] as Candidate),
    links: cluster.links.map(({ from, to, reasons }) => ({ from: keyOf(from), to: keyOf(to), reasons })),
  }));
}
