/** The version of the standard these definitions describe. */
export const SPEC_VERSION = '0.1';

/** The one place the published base URL is set: every `$id` and vocabulary URI is built from it. */
export const SPEC_BASE_URL = `https://openyouth.org/spec/${SPEC_VERSION}/`;

/** The namespace of OpenYouth's own terms in JSON-LD, for properties schema.org has no word for. */
export const TERMS_NAMESPACE = 'https://openyouth.org/ns#';

export function schemaId(fileStem: string): string {
  return `${SPEC_BASE_URL}${fileStem}.schema.json`;
}

export function vocabularyUri(vocabularyId: string): string {
  return `${SPEC_BASE_URL}vocab/${vocabularyId}.json`;
}
