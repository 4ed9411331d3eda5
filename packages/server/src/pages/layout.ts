import { html, type SafeHtml } from './html.ts';

export const ASSET_PATHS = {
  css: '/directory/assets/directory.css',
  js: '/directory/assets/directory.js',
} as const;

/** The frame of every directory page: skip link, header, one main landmark, footer. */
export function layout(page: { title: string; main: SafeHtml; shortlist?: SafeHtml }): string {
  return html`<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title} – OpenYouth directory</title>
<link rel="stylesheet" href="${ASSET_PATHS.css}">
<script src="${ASSET_PATHS.js}" defer></script>
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<header class="site-header">
  <div class="wrap">
    <a class="brand" href="/directory">OpenYouth directory</a>
    <p class="tagline">Activities and support for children and young people</p>
  </div>
</header>
${page.shortlist ?? ''}
<main id="main" class="wrap" tabindex="-1">
${page.main}
</main>
<footer class="site-footer">
  <div class="wrap">
    <p>Listings come from the organisations that run them, under an open licence. Always check details with the organisers.</p>
    <p><a href="/docs">API documentation</a></p>
  </div>
</footer>
</body>
</html>
`.value;
}
