import { type Dataset, RPDE_MEDIA_TYPE, SPEC_BASE_URL } from '@openyouth/schema';
import { SdkError } from '../errors.ts';
import { schemaErrors } from '../guards.ts';

/** A feed to list in the descriptor: its first page, and optionally a name (default "Listings"). */
export interface DatasetFeed {
  url: string;
  name?: string;
}

export type CreateDatasetOptions = Omit<Dataset, 'type' | 'distribution' | 'dateModified' | 'conformsTo'> & {
  /** The feeds the dataset publishes. */
  feeds: readonly DatasetFeed[];
  /** When anything last changed (default: now), as a Date or an ISO 8601 string with an offset. */
  dateModified?: Date | string;
  /** The version of the standard (default: this SDK's, spec 0.1). */
  conformsTo?: string;
};

/**
 * Builds the dataset descriptor a publisher serves at the root of its data, and checks it
 * against the Dataset schema: a mistake throws OY_ERR_DATASET_INVALID naming each field.
 */
export function createDataset(options: CreateDatasetOptions): Dataset {
  const { feeds, dateModified, conformsTo, ...rest } = options;
  const dataset = {
    type: 'Dataset',
    ...rest,
    conformsTo: conformsTo ?? SPEC_BASE_URL,
    // Whole seconds: the examples and most publishers' clocks do not carry milliseconds.
    dateModified:
      typeof dateModified === 'string'
        ? dateModified
        : (dateModified ?? new Date()).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    distribution: feeds.map((feed) => ({
      type: 'DataDownload',
      name: feed.name ?? 'Listings',
      kind: 'Listing',
      contentUrl: feed.url,
      encodingFormat: RPDE_MEDIA_TYPE,
    })),
  };
  const errors = schemaErrors('dataset', dataset);
  if (errors.length > 0) {
    const lines = errors.map((error) => {
      // Feeds are given as `feeds`, so point the caller there rather than at `distribution`.
      const at = (error.instancePath || '/').replace(/^\/distribution\/(\d+)\/contentUrl/, '/feeds/$1/url');
      return `  ${at}: ${error.message ?? 'is not valid'}`;
    });
    throw new SdkError(
      'OY_ERR_DATASET_INVALID',
      `createDataset: the descriptor does not match the Dataset schema:\n${lines.join('\n')}\n` +
        'See https://openyouth.org/spec/0.1/dataset.schema.json for each field.',
    );
  }
  return dataset as Dataset;
}
