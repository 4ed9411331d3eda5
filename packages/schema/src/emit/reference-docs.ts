import type { TObject, TSchema } from '@sinclair/typebox';
import { namedSchemas, schemaFileName } from '../named-schemas.ts';
import { SPEC_VERSION } from '../spec-version.ts';
import { type Vocabulary, vocabularies } from '../vocab/index.ts';
import { exampleOf } from './example-of.ts';

type Schema = TSchema & Record<string, unknown>;

const titleById = new Map(namedSchemas.map((schema) => [schema.$id, schema.title]));
const pageOf = (title: string) => `${title.replace(/[A-Z]/g, (c, i) => (i ? '-' : '') + c.toLowerCase())}.md`;
const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');
const code = (value: unknown) => `\`${JSON.stringify(value)}\``;

function describeType(schema: Schema): string {
  if (typeof schema.$ref === 'string') {
    const title = titleById.get(schema.$ref) ?? schema.$ref;
    return `[${title}](${pageOf(title)})`;
  }
  if (typeof schema.vocabulary === 'string') {
    const vocabulary = `[\`${schema.vocabulary}\`](vocab/${schema.vocabulary}.md)`;
    return schema.type === 'array' ? `list of terms from ${vocabulary}` : `term from ${vocabulary}`;
  }
  if (schema.type === 'array') return `list of ${describeType(schema.items as Schema)}`;
  if (Array.isArray(schema.enum)) return `one of ${schema.enum.map((value) => code(value)).join(', ')}`;
  if (typeof schema.format === 'string') return schema.format === 'uri' ? 'URL' : String(schema.format);
  if (schema.type === 'string' && typeof schema.pattern === 'string')
    return `text matching \`${schema.pattern}\``;
  if (schema.type === 'string') return `text, up to ${schema.maxLength} characters`;
  const range = [schema.minimum, schema.maximum].every((bound) => typeof bound === 'number')
    ? ` (${schema.minimum} to ${schema.maximum})`
    : '';
  return `${schema.type}${range}`;
}

/** Where the example of a property that points at another type lives. */
function exampleLink(schema: Schema): string {
  const target = (schema.type === 'array' ? (schema.items as Schema) : schema).$ref;
  const title = titleById.get(String(target)) ?? String(target);
  return `[${title}](${pageOf(title)}#example)`;
}

function statusOf(object: TObject, name: string, property: Schema): string {
  if (object.required?.includes(name)) return '**required**';
  return property.recommended ? 'recommended' : 'optional';
}

function typePage(object: TObject & { $id: string; title: string }): string {
  const rows = Object.entries(object.properties).map(([name, property]) => {
    const schema = property as Schema;
    const examples = schema.examples as unknown[] | undefined;
    const example = examples?.length ? code(examples[0]) : `see ${exampleLink(schema)}`;
    return `| \`${name}\` | ${describeType(schema)} | ${statusOf(object, name, schema)} | ${cell(String(schema.description))} | ${cell(example)} |`;
  });
  return [
    `# ${object.title}`,
    '',
    String(object.description),
    '',
    `JSON Schema: [\`${schemaFileName(object)}\`](../../spec/${SPEC_VERSION}/${schemaFileName(object)}) (\`${object.$id}\`)`,
    '',
    '| Property | Type | Status | Description | Example |',
    '| --- | --- | --- | --- | --- |',
    ...rows,
    '',
    'Other properties are not allowed, except extensions named with a namespace prefix (`myorg:property`).',
    '',
    '## Example',
    '',
    'Every property, assembled from the examples above:',
    '',
    '```json',
    JSON.stringify(exampleOf(object), null, 2),
    '```',
    '',
  ].join('\n');
}

function vocabularyPage(vocabulary: Vocabulary): string {
  const rows = vocabulary.concepts.map((concept) => {
    const mappings = (concept.mappings ?? [])
      .map((mapping) => `${mapping.match}: [${mapping.label}](${mapping.uri}) (${mapping.scheme})`)
      .join('; ');
    const broader = concept.broader ? ` Part of \`${concept.broader}\`.` : '';
    return `| \`${concept.id}\` | ${cell(concept.label)} | ${cell(concept.definition + broader)} | ${cell(mappings)} |`;
  });
  return [
    `# ${vocabulary.title}`,
    '',
    vocabulary.description,
    '',
    `Published as [\`vocab/${vocabulary.id}.json\`](../../../spec/${SPEC_VERSION}/vocab/${vocabulary.id}.json).`,
    '',
    '| Id | Label | Definition | Mappings |',
    '| --- | --- | --- | --- |',
    ...rows,
    '',
  ].join('\n');
}

function indexPage(): string {
  return [
    `# OpenYouth ${SPEC_VERSION} reference`,
    '',
    'Generated from the TypeBox source by `pnpm spec:build`: do not edit by hand.',
    '',
    '## Types',
    '',
    ...namedSchemas.map((schema) => `- [${schema.title}](${pageOf(schema.title)}): ${schema.description}`),
    '',
    '## Vocabularies',
    '',
    ...vocabularies.map(
      (vocabulary) => `- [${vocabulary.title}](vocab/${vocabulary.id}.md): ${vocabulary.description}`,
    ),
    '',
  ].join('\n');
}

/** The reference documentation, as file paths under `docs/reference/` and their Markdown. */
export function buildReferenceDocs(): Map<string, string> {
  const pages = new Map<string, string>([['README.md', indexPage()]]);
  for (const schema of namedSchemas) pages.set(pageOf(schema.title), typePage(schema));
  for (const vocabulary of vocabularies) pages.set(`vocab/${vocabulary.id}.md`, vocabularyPage(vocabulary));
  return pages;
}
