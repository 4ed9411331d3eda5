import { freshnessOf } from '../freshness.ts';
import type { Store, StoredItem } from '../store/types.ts';

export interface SourceHealth {
  sourceId: string;
  url: string;
  format: string;
  lastAttemptAt?: string;
  lastSuccessAt?: string;
  lastError?: string;
  /** Live listings held from the source. */
  listings: number;
  /** Listings with at least one error notice. */
  invalid: number;
  /** Share of listings not confirmed for over 12 months, or never: 0 to 1. */
  staleShare: number;
}

const PAGE = 1000;

/** Walks every live item once, a page at a time, so memory stays flat however big the store. */
async function* liveItems(store: Store): AsyncGenerator<StoredItem> {
  let after: { sourceId: string; itemId: string } | undefined;
  while (true) {
    const page = await store.listCurrent(PAGE, after);
    yield* page;
    const last = page.at(-1);
    if (!last || page.length < PAGE) return;
    after = { sourceId: last.sourceId, itemId: last.itemId };
  }
}

/** How each source is doing: when it last worked, what it holds, how much of it is wrong or stale. */
export async function sourceHealth(store: Store, now: Date): Promise<SourceHealth[]> {
  const tallies = new Map<string, { listings: number; invalid: number; stale: number }>();
  for await (const item of liveItems(store)) {
    const tally = tallies.get(item.sourceId) ?? { listings: 0, invalid: 0, stale: 0 };
    tally.listings++;
    if (item.notices.some((notice) => notice.severity === 'error')) tally.invalid++;
    const freshness = item.listing ? freshnessOf(item.listing, now) : 'unknown';
    if (freshness === 'stale' || freshness === 'unknown') tally.stale++;
    tallies.set(item.sourceId, tally);
  }
  return (await store.listSources()).map(({ id, position: _position, ...state }) => {
    const tally = tallies.get(id) ?? { listings: 0, invalid: 0, stale: 0 };
    return {
      sourceId: id,
      ...state,
      listings: tally.listings,
      invalid: tally.invalid,
      staleShare: tally.listings ? tally.stale / tally.listings : 0,
    };
  });
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** The health report as one self-contained HTML page, for a hub's staff to open or send on. */
export function sourceHealthHtml(health: readonly SourceHealth[], generatedAt: Date): string {
  const rows = health
    .map((source) => {
      const status = source.lastError
        ? `Failing: ${escapeHtml(source.lastError)}`
        : source.lastSuccessAt
          ? 'OK'
          : 'Never harvested';
      return `<tr><th scope="row">${escapeHtml(source.sourceId)}</th><td>${escapeHtml(source.format)}</td><td>${status}</td><td>${escapeHtml(source.lastSuccessAt ?? '—')}</td><td>${source.listings}</td><td>${source.invalid}</td><td>${Math.round(source.staleShare * 100)}%</td></tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Source health</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;color:#1a1a1a}table{border-collapse:collapse}th,td{padding:.4rem .8rem;border-bottom:1px solid #ccc;text-align:left}caption{text-align:left;font-weight:bold;margin-bottom:.5rem}</style>
</head>
<body>
<main>
<h1>Source health</h1>
<p>Generated ${escapeHtml(generatedAt.toISOString())}.</p>
<table>
<caption>Each source the hub harvests</caption>
<thead><tr><th scope="col">Source</th><th scope="col">Format</th><th scope="col">Status</th><th scope="col">Last success</th><th scope="col">Listings</th><th scope="col">With errors</th><th scope="col">Stale</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</main>
</body>
</html>
`;
}
