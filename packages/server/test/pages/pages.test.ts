import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeAccompaniment, describeCost, describeWhen } from '../../src/pages/describe.ts';
import { escapeHtml, html, raw } from '../../src/pages/html.ts';
import { listingCard } from '../../src/pages/listing-card.ts';
import { shortlistPage } from '../../src/pages/shortlist-page.ts';
import { exampleNamed } from '../helpers/examples.ts';

describe('html', () => {
  it('escapes every interpolated string so it reads back as the same text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const out = html`<p title="${text}">${text}</p>`.value;
        expect(out).not.toMatch(/<(?!\/?p\b)/);
        const decoded = out
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'")
          .replace(/&amp;/g, '&');
        expect(decoded).toBe(`<p title="${text}">${text}</p>`);
      }),
    );
  });

  it('leaves markup made by html or raw as it is, and drops false, null and undefined', () => {
    expect(html`<ul>${[html`<li>${'a&b'}</li>`, raw('<li>b</li>'), false, null, undefined]}</ul>`.value).toBe(
      '<ul><li>a&amp;b</li><li>b</li></ul>',
    );
  });

  it('escapes the five characters that matter in HTML', () => {
    expect(escapeHtml(`<a href="x" onclick='y'>&</a>`)).toBe(
      '&lt;a href=&quot;x&quot; onclick=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
    );
  });
});

describe('what a card says', () => {
  const cases: [string, { given: string; want: { when: string; cost: string; alone: string } }][] = [
    [
      'a free club young people can come to alone',
      {
        given: 'Clifton Youth Club',
        want: {
          when: 'Juniors (10 to 13) Tuesdays 5 to 7pm. Seniors (13 to 19) Thursdays 6.30 to 9pm. Open all year except the two weeks over Christmas.',
          cost: 'Free',
          alone:
            "Young people can come on their own from age 10. A parent, carer or trusted adult is welcome to come along. Under-16s need a parent or carer's consent.",
        },
      },
    ],
  ];
  it.each(cases)('describes %s', (_name, { given, want }) => {
    const listing = exampleNamed(given);
    expect({
      when: describeWhen(listing),
      cost: describeCost(listing),
      alone: describeAccompaniment(listing),
    }).toEqual(want);
  });

  it('prices a listing that is not free from its offers', () => {
    expect(describeCost(exampleNamed('Calm Splash: sensory-friendly swim'))).toMatch(/£\d/);
  });

  it('escapes a listing name that carries markup', () => {
    const listing = { ...exampleNamed('Worry Less Group'), name: '<img src=x onerror=alert(1)>' };
    const card = listingCard(
      { listing, freshness: 'fresh' },
      { search: new URLSearchParams(), saved: [] },
      '/directory',
    ).value;
    expect(card).not.toContain('<img');
    expect(card).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('says how many shortlisted listings are gone', () => {
    const page = shortlistPage(
      [{ listing: exampleNamed('Worry Less Group'), freshness: 'fresh' }],
      2,
      'http://localhost/x',
    );
    expect(page).toContain('2 listings are no longer in the directory.');
  });
});
