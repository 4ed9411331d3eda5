import { createSpecAjv, type Listing, schemaId } from '@openyouth/schema';
import type { ErrorObject } from 'ajv';
import { findJsonFiles, InputError, type LoadedDocument, loadDocument } from '../internal/documents.ts';
import type { Output } from '../internal/output.ts';
import { summariseListings } from '../internal/summary.ts';

export interface ValidateOptions {
  summary?: boolean;
}

/** Exit codes: 0 every document is valid, 1 problems were found, 2 the check could not run. */
export const EXIT = { valid: 0, invalid: 1, couldNotRun: 2 } as const;

const SCHEMA_OF_KIND = {
  listing: 'listing',
  listings: 'listing',
  'feed-page': 'feed-page',
  dataset: 'dataset',
} as const;

function describeError(error: ErrorObject): string {
  const where = error.instancePath || '(the document)';
  const allowed = error.keyword === 'enum' ? `: ${(error.params.allowedValues as string[]).join(', ')}` : '';
  const extra = error.keyword === 'additionalProperties' ? ` '${error.params.additionalProperty}'` : '';
  return `${where}: ${error.message}${extra}${allowed}`;
}

/** Schema problems in one document; an array of listings is checked item by item. */
function schemaProblems(document: LoadedDocument, validate: (data: unknown) => ErrorObject[]): string[] {
  if (document.kind !== 'listings') return validate(document.data).map(describeError);
  return (document.data as unknown[]).flatMap((item, index) =>
    validate(item).map((error) =>
      describeError({ ...error, instancePath: `/${index}${error.instancePath}` }),
    ),
  );
}

function listingsIn(document: LoadedDocument): Listing[] {
  switch (document.kind) {
    case 'listing':
      return [document.data as Listing];
    case 'listings':
      return document.data as Listing[];
    case 'feed-page':
      return (document.data as { items: { data?: Listing }[] }).items.flatMap((item) =>
        item.data ? [item.data] : [],
      );
    case 'dataset':
      return [];
  }
}

/**
 * Checks documents against the OpenYouth schemas. The full validator, with its rules about meaning,
 * replaces this structural check as `@openyouth/validator` lands.
 */
export async function validateCommand(
  paths: string[],
  options: ValidateOptions,
  output: Output,
): Promise<number> {
  const ajv = createSpecAjv({ allErrors: true });
  const validatorFor = (kind: LoadedDocument['kind']) => {
    const validate = ajv.getSchema(schemaId(SCHEMA_OF_KIND[kind]));
    if (!validate) throw new Error(`No schema for ${kind}`);
    return (data: unknown) => (validate(data) ? [] : [...(validate.errors ?? [])]);
  };

  let files: string[];
  try {
    files = await findJsonFiles(paths);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    output.error(error.message);
    return EXIT.couldNotRun;
  }

  let unreadable = 0;
  let invalid = 0;
  const validListings: Listing[] = [];
  for (const path of files) {
    let document: LoadedDocument;
    try {
      document = await loadDocument(path);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      unreadable++;
      output.error(`✗ ${error.message}`);
      continue;
    }
    const problems = schemaProblems(document, validatorFor(document.kind));
    if (problems.length === 0) {
      output.log(`✓ ${path} (${document.kind})`);
      validListings.push(...listingsIn(document));
      continue;
    }
    invalid++;
    output.log(`✗ ${path} (${document.kind}): ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
    for (const problem of problems) output.log(`    ${problem}`);
  }

  output.log('');
  output.log(
    `${files.length} file${files.length === 1 ? '' : 's'} checked: ${files.length - invalid - unreadable} valid, ${invalid} invalid${unreadable ? `, ${unreadable} unreadable` : ''}.`,
  );
  if (options.summary && validListings.length > 0) {
    const unique = [...new Map(validListings.map((listing) => [listing.id, listing])).values()];
    output.log('');
    output.log(`${unique.length} listings:`);
    output.log(summariseListings(unique));
  }
  if (unreadable) return EXIT.couldNotRun;
  return invalid ? EXIT.invalid : EXIT.valid;
}
