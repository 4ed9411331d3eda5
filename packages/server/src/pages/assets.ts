// The directory's only stylesheet and script, served from this server: no CDN, no build step.
// Colours meet WCAG 2.2 AA contrast: text #1b1b1b on white (17:1), links #1d4f91 (8:1),
// white on the button blue #1d4f91 (8:1), focus ring #ffbf47 with a dark outline.

export const DIRECTORY_CSS = `
*, *::before, *::after { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: 100%; line-height: 1.5; color: #1b1b1b; background: #fff; }
body { margin: 0; }
.wrap { max-width: 60rem; margin: 0 auto; padding: 0 1rem; }
a { color: #1d4f91; text-decoration-thickness: 0.08em; text-underline-offset: 0.15em; }
a:hover { color: #0b2d5b; text-decoration-thickness: 0.15em; }
:focus-visible { outline: 3px solid #ffbf47; outline-offset: 0; box-shadow: 0 0 0 6px #1b1b1b; }
a:focus-visible { background: #ffbf47; color: #1b1b1b; box-shadow: 0 4px #1b1b1b; outline: none; }
.skip-link { position: absolute; left: -9999px; top: 0; padding: 0.5rem 1rem; background: #ffbf47; color: #1b1b1b; z-index: 10; }
.skip-link:focus { left: 0; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.site-header { background: #1d4f91; color: #fff; padding: 0.75rem 0; }
.site-header .brand { color: #fff; font-weight: 700; font-size: 1.25rem; text-decoration: none; }
.site-header .brand:focus-visible { color: #1b1b1b; }
.tagline { margin: 0.25rem 0 0; }
.site-footer { border-top: 1px solid #b1b4b6; margin-top: 3rem; padding: 1rem 0; font-size: 0.95rem; }
h1 { font-size: 2rem; line-height: 1.2; margin: 1.5rem 0 1rem; }
h2 { font-size: 1.5rem; margin: 1.5rem 0 0.75rem; }
h3 { font-size: 1.25rem; margin: 0 0 0.25rem; }
.card h2 { margin-top: 0; }
main:focus { outline: none; }
.search { background: #f3f2f1; padding: 1rem; border-radius: 4px; }
.row { display: flex; flex-wrap: wrap; gap: 1rem; }
.field { margin-bottom: 1rem; flex: 1 1 12rem; }
.field label, legend { font-weight: 700; display: block; }
.hint { margin: 0 0 0.25rem; color: #484949; font-size: 0.95rem; }
input[type=text], input[type=number], input[type=search] { font: inherit; width: 100%; padding: 0.4rem; border: 2px solid #1b1b1b; border-radius: 0; }
input.short { max-width: 10rem; }
.field-error input { border-color: #b10e1e; border-width: 3px; }
details.choices { border-top: 1px solid #b1b4b6; padding: 0.25rem 0; margin: 0 0 0.5rem; }
details.choices summary { font-weight: 700; cursor: pointer; min-height: 2.75rem; display: flex; align-items: center; color: #1d4f91; text-decoration: underline; }
details.choices summary::before { content: "▸"; margin-right: 0.5rem; text-decoration: none; }
details.choices[open] summary::before { content: "▾"; }
details.choices fieldset, fieldset.cost { border: 0; padding: 0; margin: 0 0 1rem; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; }
fieldset.cost { border-top: 1px solid #b1b4b6; padding-top: 0.5rem; }
fieldset.cost legend { float: left; width: 100%; margin-bottom: 0.25rem; }
.choice { display: flex; align-items: center; gap: 0.5rem; min-height: 2.75rem; flex: 0 1 15rem; }
.choice input { flex: none; width: 1.5rem; height: 1.5rem; margin: 0; accent-color: #1d4f91; }
.button { display: inline-block; font: inherit; font-weight: 700; background: #1d4f91; color: #fff; border: 2px solid #1d4f91; padding: 0.5rem 1.25rem; min-height: 2.75rem; text-decoration: none; cursor: pointer; border-radius: 4px; }
.button:hover { background: #0b2d5b; color: #fff; }
.button.secondary { background: #fff; color: #1d4f91; }
.button:focus-visible { background: #ffbf47; color: #1b1b1b; border-color: #ffbf47; }
.results { list-style: none; padding: 0; margin: 0; }
.card { border: 1px solid #b1b4b6; border-left: 6px solid #1d4f91; padding: 1rem; margin: 0 0 1rem; border-radius: 4px; }
.organiser { color: #484949; margin: 0 0 0.5rem; }
.facts { display: grid; grid-template-columns: 1fr; gap: 0.25rem 1rem; margin: 0.75rem 0; }
.facts div { display: grid; grid-template-columns: 9rem 1fr; gap: 1rem; border-top: 1px solid #e5e5e5; padding-top: 0.25rem; }
.facts dt { font-weight: 700; }
.facts dd { margin: 0; }
.shortlist-bar { background: #ffdd77; color: #1b1b1b; padding: 0.5rem 0; }
.shortlist-bar p { margin: 0; }
.shortlist-bar a { color: #1b1b1b; font-weight: 700; }
.error-summary { border: 4px solid #b10e1e; padding: 1rem; margin-bottom: 1rem; }
.error-summary h2 { margin-top: 0; }
.error-summary a { color: #b10e1e; font-weight: 700; }
.error-summary a:focus-visible, .shortlist-bar a:focus-visible { color: #1b1b1b; }
.pagination { display: flex; gap: 1rem; align-items: baseline; flex-wrap: wrap; }
.share { background: #f3f2f1; padding: 1rem; margin-bottom: 1rem; }
.share label { font-weight: 700; }
.lead { font-size: 1.2rem; }
.notice { border-left: 6px solid #b1b4b6; padding-left: 1rem; }
@media (max-width: 40rem) {
  h1 { font-size: 1.6rem; }
  .facts div { grid-template-columns: 1fr; gap: 0; }
}
@media print {
  .no-print, .site-header, .site-footer, .skip-link, .shortlist-bar, form { display: none !important; }
  .card { break-inside: avoid; border: 1px solid #000; }
  a { color: #000; }
  body { font-size: 11pt; }
}
`;

export const DIRECTORY_JS = `
// Progressive enhancement only: copy and print buttons on the shortlist page.
document.addEventListener('DOMContentLoaded', function () {
  var status = document.getElementById('share-status');
  var link = document.getElementById('share-link');
  document.querySelectorAll('[data-action]').forEach(function (button) {
    var action = button.getAttribute('data-action');
    if (action === 'copy' && !(navigator.clipboard && link)) return;
    button.hidden = false;
    button.addEventListener('click', function () {
      if (action === 'print') { window.print(); return; }
      navigator.clipboard.writeText(link.value).then(function () {
        if (status) status.textContent = 'Link copied.';
      }, function () {
        link.select();
        if (status) status.textContent = 'Select the link and copy it.';
      });
    });
  });
  var summary = document.querySelector('.error-summary');
  if (summary) summary.focus();
});
`;
