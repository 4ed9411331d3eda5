/** Edit distance between two short strings (Levenshtein), for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

const normalise = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');

/**
 * The candidate a publisher most likely meant: an exact match once case and spaces are ignored, a
 * label that matches, or the nearest by edit distance when it is close enough to be a typo.
 */
export function didYouMean(
  value: string,
  candidates: readonly string[],
  labels: ReadonlyMap<string, string> = new Map(),
): string | undefined {
  const wanted = normalise(value);
  if (wanted.length === 0) return undefined;
  const byLabel = labels.get(wanted);
  if (byLabel) return byLabel;
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(wanted.length / 3));
  for (const candidate of candidates) {
    const normalised = normalise(candidate);
    if (normalised === wanted) return candidate;
    // A prefix ("sport" for "sport-and-physical-activity") is a likelier intent than a typo elsewhere.
    if (wanted.length >= 4 && normalised.startsWith(wanted)) return candidate;
    const distance = editDistance(wanted, normalised);
    if (distance < bestDistance || (distance === bestDistance && best === undefined)) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}
