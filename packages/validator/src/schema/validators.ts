import type { ErrorObject, ValidateFunction } from 'ajv';
import * as allErrors from './generated/all-errors.js';
import * as fast from './generated/fast.js';

export type DocumentSchema = 'listing' | 'feedPage' | 'feedItem' | 'feedItemEnvelope' | 'dataset';

const FAST: Record<DocumentSchema, ValidateFunction> = {
  listing: fast.listing,
  feedPage: fast.feedPage,
  feedItem: fast.feedItem,
  feedItemEnvelope: fast.feedItemEnvelope,
  dataset: fast.dataset,
};

const ALL_ERRORS: Record<DocumentSchema, ValidateFunction> = {
  listing: allErrors.listing,
  feedPage: allErrors.feedPage,
  feedItem: allErrors.feedItem,
  feedItemEnvelope: allErrors.feedItemEnvelope,
  dataset: allErrors.dataset,
};

/** The file stems of every named schema, such as `organization` or `schedule`. */
export const SCHEMA_STEMS: readonly string[] = Object.keys(fast.byStem);

/** Checks a value against any named schema by its stem; undefined when there is no such schema. */
export function stemValidators(stem: string): { fast: ValidateFunction; all: ValidateFunction } | undefined {
  const quick = fast.byStem[stem];
  const all = allErrors.byStem[stem];
  return quick && all ? { fast: quick, all } : undefined;
}

/** True when the data matches the schema: the stop-at-first-error pass run over every item. */
export function passes(schema: DocumentSchema, data: unknown): boolean {
  return FAST[schema](data) as boolean;
}

/** Every schema error, for an item that failed the fast pass. */
export function schemaErrors(schema: DocumentSchema, data: unknown): ErrorObject[] {
  const validate = ALL_ERRORS[schema];
  return validate(data) ? [] : [...(validate.errors ?? [])];
}
