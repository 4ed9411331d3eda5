import { formatHtml, formatSarif, formatText, validate } from '@openyouth/validator';
import { describe, expect, it } from 'vitest';
import { patchListing } from '../scripts/examples.ts';

const NOW = new Date('2026-11-24T12:00:00Z');
const hostile = validate(patchListing({ kind: '<script>alert(1)</script>' }), {
  now: NOW,
  name: 'hostile.json',
});

describe('reports', () => {
  it('HTML escapes everything that came from the data', () => {
    const html = formatHtml(hostile);
    expect(html).not.toContain('<script>');
    expect(html).toContain('&#60;script&#62;alert(1)&#60;/script&#62;');
    expect(html).not.toMatch(/<link|<script|src="http/);
  });

  it('SARIF 2.1.0 has a rule per code and a result per sample, at the right level', () => {
    const sarif = JSON.parse(formatSarif(hostile));
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.rules.map((rule: { id: string }) => rule.id)).toContain('vocabulary_term_unknown');
    expect(run.results).toContainEqual(
      expect.objectContaining({
        ruleId: 'vocabulary_term_unknown',
        level: 'error',
        message: { text: expect.stringContaining('kinds vocabulary') },
      }),
    );
  });

  it('text groups notices by code with a count, samples and the fix', () => {
    const text = formatText(hostile);
    expect(text).toContain('✗ hostile.json (listing): 1 error');
    expect(text).toMatch(/vocabulary_term_unknown \(1\): .*\n {4}hostile\.json \/kind\n/);
    expect(text).toContain('How to fix: Use a term from the vocabulary');
  });
});
