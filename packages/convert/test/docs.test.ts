import { readFileSync } from 'node:fs';
import { SHEETS } from '@openyouth/convert';
import { describe, expect, it } from 'vitest';
import { TERM_SYNONYMS } from '../src/vocab-mapping.ts';

const doc = (name: string) => readFileSync(new URL(`../../../docs/interop/${name}`, import.meta.url), 'utf8');

describe('the mapping tables in docs/interop', () => {
  it.each(['spreadsheet.md', 'openactive.md', 'open-referral-uk.md', 'schema-org.md'])('has %s', (name) => {
    expect(doc(name)).toMatch(/^# .+\n/);
  });

  it('lists every spreadsheet column with its property', () => {
    const text = doc('spreadsheet.md');
    for (const column of SHEETS.flatMap((s) => s.columns)) {
      const escapeRegExp = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const row = new RegExp(
        `\\|\\s*${escapeRegExp(column.title)}\\s*\\|\\s*\`${escapeRegExp(column.path.join('.'))}\`\\s*\\|`,
      );
      expect(text, column.title).toMatch(row);
    }
  });

  it('lists every hand-made taxonomy synonym of the Open Referral UK mapping', () => {
    const text = doc('open-referral-uk.md').toLowerCase();
    for (const name of Object.keys(TERM_SYNONYMS)) {
      const stem = name.replace(/s$/, '');
      expect(text, name).toContain(stem);
    }
  });
});
