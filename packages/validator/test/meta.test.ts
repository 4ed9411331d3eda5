import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as validator from '@openyouth/validator';
import { en, noticeCatalogue, rules } from '@openyouth/validator';
import { describe, expect, it } from 'vitest';
import { buildRuleDocs } from '../scripts/rule-docs.ts';
import { buildSchemaModules } from '../scripts/schema-code.ts';

const root = new URL('../../../', import.meta.url).pathname;
const packageDir = new URL('../', import.meta.url).pathname;
const codes = [...noticeCatalogue().keys()];

describe('every notice', () => {
  it('has a stable snake_case code', () => {
    for (const code of codes) expect(code).toMatch(/^[a-z0-9]+(_[a-z0-9]+)+$/);
  });

  it('has a message, a why and a fix in the English locale, and the locale has no code that does not exist', () => {
    expect(Object.keys(en).sort()).toEqual([...codes].sort());
    for (const entry of Object.values(en)) {
      expect(entry.why.length).toBeGreaterThan(10);
      expect(entry.fix.length).toBeGreaterThan(10);
    }
  });

  const docs = buildRuleDocs();
  it.each(codes)('%s has a documentation page', (code) => {
    expect(docs.has(`docs/rules/${code}.md`)).toBe(true);
  });

  it.each([...docs.keys()])('%s is checked in as `pnpm rules:docs` writes it', (path) => {
    const onDisk = existsSync(join(root, path)) ? readFileSync(join(root, path), 'utf8') : undefined;
    expect(onDisk, 'The rule docs are stale: run `pnpm rules:docs`.').toBe(docs.get(path));
  });
});

describe('every rule', () => {
  it.each(rules.map((rule) => [rule.id, rule] as const))('%s has tests beside it', (id) => {
    const areas = [
      'age',
      'completeness',
      'consent',
      'contact',
      'dataset',
      'freshness',
      'location',
      'referral',
      'safeguarding',
      'schedule',
      'text',
      'time',
    ];
    const found = areas.some((area) => existsSync(join(packageDir, 'src/rules', area, `${id}.test.ts`)));
    expect(found, `src/rules/<area>/${id}.test.ts is missing`).toBe(true);
  });

  it('has a unique kebab-case id', () => {
    const ids = rules.map((rule) => rule.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe('the package', () => {
  it('has standalone schema code that matches what `pnpm validator:schema` would generate', () => {
    for (const [name, code] of buildSchemaModules()) {
      const onDisk = readFileSync(join(packageDir, 'src/schema/generated', name), 'utf8');
      expect(onDisk === code, `src/schema/generated/${name} is stale: run \`pnpm validator:schema\`.`).toBe(
        true,
      );
    }
  });

  it('has a core that imports nothing from Node, so it runs in a browser', () => {
    const sources = readdirSync(join(packageDir, 'src'), { recursive: true })
      .map(String)
      .filter((path) => path.endsWith('.ts') && !path.startsWith('node/') && !path.endsWith('.test.ts'));
    const nodeOnly = sources.filter((path) =>
      /from '(node:|fs|path|http|undici)|\bprocess\.|\bBuffer\b/.test(
        readFileSync(join(packageDir, 'src', path), 'utf8'),
      ),
    );
    expect(sources.length).toBeGreaterThan(30);
    expect(nodeOnly).toEqual([]);
  });

  it('reports the version in package.json', () => {
    const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
    expect(validator.VALIDATOR_VERSION).toBe(version);
  });

  it('exports exactly these names', () => {
    expect(Object.keys(validator).sort()).toMatchSnapshot();
  });
});
