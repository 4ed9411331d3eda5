import { readFile } from 'node:fs/promises';
import { type Static, Type } from '@sinclair/typebox';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { parseDocument } from 'yaml';
import type { AddressAllowance } from './address-policy.ts';
import { AggregatorError } from './errors.ts';
import type { SourceConfig } from './store/types.ts';

const CatalogueSchema = Type.Object(
  {
    sources: Type.Array(
      Type.Object(
        {
          id: Type.String({ pattern: '^[a-z0-9][a-z0-9-]{0,62}$' }),
          url: Type.String({ pattern: '^https?://', maxLength: 2048 }),
          format: Type.Unsafe<SourceConfig['format']>({
            type: 'string',
            enum: ['openyouth', 'openactive', 'oruk', 'spreadsheet'],
          }),
        },
        { additionalProperties: false },
      ),
      { minItems: 1 },
    ),
    allow: Type.Optional(
      Type.Object(
        { loopback: Type.Optional(Type.Boolean()), private: Type.Optional(Type.Boolean()) },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

export interface Catalogue {
  sources: SourceConfig[];
  allow: AddressAllowance;
}

const validateCatalogue = new Ajv2020({ allErrors: true }).compile<Static<typeof CatalogueSchema>>(
  CatalogueSchema,
);

const FIXES: Record<string, string> = {
  pattern: 'ids are lowercase letters, digits and hyphens; urls start with http:// or https://',
  enum: 'format is one of openyouth, openactive, oruk, spreadsheet',
  additionalProperties: 'remove it, or check its spelling',
  required: 'add it',
};

/**
 * Reads a catalogue of sources (YAML, or JSON, which is YAML too). Every problem is reported at
 * once, each with the file, where in the catalogue it is, and how to fix it.
 */
export function parseCatalogue(text: string, fileName: string): Catalogue {
  const document = parseDocument(text, { prettyErrors: false });
  if (document.errors.length > 0) {
    const [first] = document.errors;
    const [line, column] = first?.linePos?.[0] ? [first.linePos[0].line, first.linePos[0].col] : [1, 1];
    throw new AggregatorError(
      'OY_ERR_CATALOGUE_SYNTAX',
      `${fileName}:${line}:${column}: ${first?.message ?? 'not valid YAML'}`,
    );
  }
  const data: unknown = document.toJS();
  if (!validateCatalogue(data)) {
    const problems = (validateCatalogue.errors ?? []).map((error) => {
      const where = error.instancePath || '(the top level)';
      const extra = error.keyword === 'additionalProperties' ? ` '${error.params.additionalProperty}'` : '';
      return `  ${fileName} ${where}: ${error.message}${extra} — ${FIXES[error.keyword] ?? 'see docs/harvesting.md'}`;
    });
    throw new AggregatorError(
      'OY_ERR_CATALOGUE_INVALID',
      `The catalogue has problems:\n${problems.join('\n')}`,
    );
  }
  const ids = data.sources.map((source) => source.id);
  const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
  if (repeated.length > 0) {
    throw new AggregatorError(
      'OY_ERR_CATALOGUE_INVALID',
      `${fileName}: source ids must be unique; repeated: ${[...new Set(repeated)].join(', ')}`,
    );
  }
  return {
    sources: data.sources,
    allow: { loopback: data.allow?.loopback ?? false, private: data.allow?.private ?? false },
  };
}

/** How many of a catalogue's ids an error lists: a national hub's would fill the screen. */
const LISTED_IDS = 20;

/**
 * The catalogue with only the sources whose ids are given, in the catalogue's order: to harvest,
 * or resync, some of a hub's sources. An id the catalogue does not have is an error that lists
 * the ids it does have, so a misspelt one is not taken for "nothing to do".
 */
export function selectSources(catalogue: Catalogue, ids: readonly string[], fileName: string): Catalogue {
  const known = new Set(catalogue.sources.map((source) => source.id));
  const unknown = [...new Set(ids)].filter((id) => !known.has(id));
  if (unknown.length > 0) {
    const listed = [...known].slice(0, LISTED_IDS).join(', ');
    const more = known.size > LISTED_IDS ? ` and ${known.size - LISTED_IDS} more` : '';
    throw new AggregatorError(
      'OY_ERR_UNKNOWN_SOURCE',
      `${fileName} has no source ${unknown.map((id) => `'${id}'`).join(', ')}; its sources are ${listed}${more}.`,
    );
  }
  const wanted = new Set(ids);
  return { ...catalogue, sources: catalogue.sources.filter((source) => wanted.has(source.id)) };
}

export async function loadCatalogue(path: string): Promise<Catalogue> {
  return parseCatalogue(await readFile(path, 'utf8'), path);
}
