import {
  createSpecAjv,
  type DataDownload,
  type Dataset,
  type FeedItem,
  type FeedPage,
  type Listing,
  type Organization,
  type Place,
  schemaId,
  type VocabularyDocument,
} from '@openyouth/schema';
import type { ErrorObject, ValidateFunction } from 'ajv';

/** The standard's types that have a guard, by the file name their schema is published under. */
export type GuardedType =
  | 'listing'
  | 'organization'
  | 'place'
  | 'feed-page'
  | 'feed-item'
  | 'dataset'
  | 'data-download'
  | 'vocabulary';

let ajv: ReturnType<typeof createSpecAjv> | undefined;
const compiled = new Map<GuardedType, ValidateFunction>();

// Compiling every schema takes a moment: do it on the first check of each type, once.
function validatorFor(type: GuardedType): ValidateFunction {
  let validate = compiled.get(type);
  if (validate === undefined) {
    ajv ??= createSpecAjv({ allErrors: true });
    validate = ajv.getSchema(schemaId(type));
    if (validate === undefined) throw new Error(`@openyouth/schema has no schema "${schemaId(type)}"`);
    compiled.set(type, validate);
  }
  return validate;
}

/**
 * Checks a value against the published JSON Schema of a type and returns ajv's errors (empty
 * when valid), each with an `instancePath` JSON Pointer. Values must be plain JSON: a `bigint`
 * `modified` from the feed client is not a JSON Schema integer.
 */
export function schemaErrors(type: GuardedType, value: unknown): ErrorObject[] {
  const validate = validatorFor(type);
  return validate(value) ? [] : [...(validate.errors ?? [])];
}

const guard =
  <T>(type: GuardedType) =>
  (value: unknown): value is T =>
    validatorFor(type)(value) === true;

/** True when the value is a valid Listing. */
export const isListing = guard<Listing>('listing');
/** True when the value is a valid Organization. */
export const isOrganization = guard<Organization>('organization');
/** True when the value is a valid Place. */
export const isPlace = guard<Place>('place');
/** True when the value is a valid RPDE feed page of listings. */
export const isFeedPage = guard<FeedPage>('feed-page');
/** True when the value is a valid feed item (updated with data, or deleted without). */
export const isFeedItem = guard<FeedItem>('feed-item');
/** True when the value is a valid Dataset descriptor. */
export const isDataset = guard<Dataset>('dataset');
/** True when the value is a valid DataDownload (a feed in a Dataset's distribution). */
export const isDataDownload = guard<DataDownload>('data-download');
/** True when the value is a valid vocabulary document. */
export const isVocabularyDocument = guard<VocabularyDocument>('vocabulary');
