import { en } from '../locales/en.ts';
import type { Report } from '../report.ts';
import { plural, SEVERITY_TITLES, whereOf } from './shared.ts';

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

const STYLE = `
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:60rem;padding:1rem 1.5rem;color:#1b1b1b}
h1{font-size:1.6rem;margin-bottom:.25rem}h2{margin-top:2rem;border-bottom:2px solid #ddd}
.cards{display:flex;gap:1rem;flex-wrap:wrap;margin:1rem 0}.card{flex:1;min-width:10rem;padding:1rem;border-radius:.5rem;background:#f4f4f4}
.card strong{display:block;font-size:2rem}.error{border-left:6px solid #c62828}.warning{border-left:6px solid #ef8f00}.info{border-left:6px solid #1565c0}
.ok{border-left:6px solid #2e7d32}details{margin:.75rem 0;padding:.5rem 1rem;background:#fafafa;border-radius:.4rem}
summary{cursor:pointer;font-weight:600}code{background:#eee;padding:0 .25rem;border-radius:.2rem}
table{border-collapse:collapse;width:100%;font-size:.9rem}td,th{text-align:left;padding:.3rem .5rem;border-bottom:1px solid #e5e5e5;vertical-align:top}
.muted{color:#555}`;

/** A single-file HTML report (no external assets) that a publisher can open or send on. */
export function formatHtml(report: Report): string {
  const { summary } = report;
  const card = (kind: string, count: number, label: string) =>
    `<div class="card ${kind}"><strong>${count}</strong>${escapeHtml(label)}</div>`;
  const verdict =
    summary.counts.error > 0
      ? `Your data has ${plural(summary.counts.error, 'problem')} that must be fixed before directories can use it.`
      : 'Your data meets the standard. The suggestions below can make it even more useful.';
  const sections = (['error', 'warning', 'info'] as const).map((severity) => {
    const groups = report.notices.filter((group) => group.severity === severity);
    if (groups.length === 0) return '';
    const items = groups.map((group) => {
      const entry = en[group.code];
      const rows = group.samples
        .map(
          (notice) =>
            `<tr><td>${escapeHtml(whereOf(notice))}</td><td><code>${escapeHtml(notice.instancePath || '/')}</code></td><td>${escapeHtml(notice.message)}</td></tr>`,
        )
        .join('');
      const more =
        group.total > group.samples.length
          ? `<p class="muted">… and ${group.total - group.samples.length} more.</p>`
          : '';
      return `<details class="${severity}"${severity === 'error' ? ' open' : ''}><summary>${escapeHtml(group.summary || group.code)} (${group.total})</summary>
<p><strong>Why it matters:</strong> ${escapeHtml(entry?.why ?? '')}</p>
<p><strong>How to fix it:</strong> ${escapeHtml(entry?.fix ?? '')}</p>
<table><thead><tr><th>Where</th><th>Property</th><th>What we found</th></tr></thead><tbody>${rows}</tbody></table>${more}
<p class="muted">Notice code: <code>${escapeHtml(group.code)}</code></p></details>`;
    });
    return `<h2>${escapeHtml(SEVERITY_TITLES[severity])}</h2>${items.join('\n')}`;
  });
  const problems =
    report.problems.length === 0
      ? ''
      : `<h2>The check could not finish</h2><ul>${report.problems.map((problem) => `<li>${escapeHtml(problem.message)}</li>`).join('')}</ul>`;
  const inputs = summary.inputs
    .map(
      (input) =>
        `<tr><td>${escapeHtml(input.name)}</td><td>${escapeHtml(input.kind)}</td><td>${input.listings}</td><td>${input.counts.error}</td><td>${input.counts.warning}</td><td>${input.counts.info}</td></tr>`,
    )
    .join('');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>OpenYouth data check</title><style>${STYLE}</style></head>
<body><h1>OpenYouth data check</h1>
<p class="muted">Checked on ${escapeHtml(summary.today)} against OpenYouth ${escapeHtml(summary.specVersion)} with ${escapeHtml(summary.validator.name)} ${escapeHtml(summary.validator.version)}.</p>
<p>${escapeHtml(verdict)}</p>
<div class="cards">${card(summary.counts.error ? 'error' : 'ok', summary.counts.error, 'must be fixed')}${card('warning', summary.counts.warning, 'should be fixed')}${card('info', summary.counts.info, 'could be better')}${card('ok', summary.listings.checked, 'listings checked')}</div>
${problems}
${sections.join('\n')}
<h2>What was checked</h2>
<table><thead><tr><th>Input</th><th>Kind</th><th>Listings</th><th>Errors</th><th>Warnings</th><th>Suggestions</th></tr></thead><tbody>${inputs}</tbody></table>
</body></html>
`;
}
