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

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The whole hub in one sentence: "12 sources, 1 failing; 4,210 listings, 18% stale." */
export function sourceHealthSummary(health: readonly SourceHealth[]): string {
  const failing = health.filter((source) => source.lastError).length;
  const listings = health.reduce((sum, source) => sum + source.listings, 0);
  const stale = health.reduce((sum, source) => sum + source.staleShare * source.listings, 0);
  return `${health.length} sources, ${failing} failing; ${listings.toLocaleString('en-GB')} listings, ${percent(listings ? stale / listings : 0)} stale.`;
}

/**
 * The health report as one self-contained HTML page, for a hub's staff to open or send on. Failing
 * sources come first, so one among a hundred is not missed; each one's row says so in words, and
 * is marked out too.
 */
export function sourceHealthHtml(health: readonly SourceHealth[], generatedAt: Date): string {
  const number = (n: number) => `<td class="number">${n.toLocaleString('en-GB')}</td>`;
  const failingFirst = [
    ...health.filter((source) => source.lastError),
    ...health.filter((source) => !source.lastError),
  ];
  const rows = failingFirst
    .map((source) => {
      const status = source.lastError
        ? `Failing: ${escapeHtml(source.lastError)}`
        : source.lastSuccessAt
          ? 'OK'
          : 'Never harvested';
      const name = `<a href="${escapeHtml(source.url)}">${escapeHtml(source.sourceId)}</a>`;
      return `<tr${source.lastError ? ' class="failing"' : ''}><th scope="row">${name}</th><td>${escapeHtml(source.format)}</td><td class="status">${status}</td><td class="when">${escapeHtml(source.lastSuccessAt ?? '—')}</td>${number(source.listings)}${number(source.invalid)}<td class="number">${percent(source.staleShare)}</td></tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Source health</title>
<style>body{font-family:system-ui,sans-serif;margin:2rem;color:#1a1a1a}table{border-collapse:collapse}th,td{padding:.4rem .8rem;border-bottom:1px solid #ccc;text-align:left;vertical-align:top}caption{text-align:left;font-weight:bold;margin-bottom:.5rem}th[scope=row],.when,.number{white-space:nowrap}.number{text-align:right;font-variant-numeric:tabular-nums}.status{max-width:28rem}.failing{background:#fdecea}.failing .status{color:#8a1c12;font-weight:bold}a{color:inherit}</style>
</head>
<body>
<main>
<h1>Source health</h1>
<p>${escapeHtml(sourceHealthSummary(health))} Generated ${escapeHtml(generatedAt.toISOString())}.</p>
<table>
<caption>Each source the hub harvests</caption>
<thead><tr><th scope="col">Source</th><th scope="col">Format</th><th scope="col">Status</th><th scope="col">Last success</th><th scope="col" class="number">Listings</th><th scope="col" class="number">With errors</th><th scope="col" class="number">Stale</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</main>
</body>
</html>
`;
}
