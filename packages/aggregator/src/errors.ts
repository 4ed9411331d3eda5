/** Codes of the errors the aggregator throws; stable, so callers can branch on them. */
export const AGGREGATOR_ERRORS = {
  OY_ERR_CATALOGUE_SYNTAX: 'The catalogue file is not valid YAML or JSON.',
  OY_ERR_CATALOGUE_INVALID: 'The catalogue does not have the shape the harvester needs.',
  OY_ERR_UNKNOWN_SOURCE: 'A source asked for by id is not in the catalogue.',
  OY_ERR_ADDRESS_REFUSED: 'A source resolved to an address the catalogue does not allow.',
  OY_ERR_URL_SCHEME: 'A source URL is not http or https.',
  OY_ERR_NOT_HARVESTABLE: 'A source holds listings written through the API, not a feed to harvest.',
} as const;

export type AggregatorErrorCode = keyof typeof AGGREGATOR_ERRORS;

export class AggregatorError extends Error {
  override name = 'AggregatorError';
  readonly code: AggregatorErrorCode;

  constructor(code: AggregatorErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }

  toJSON() {
    return { name: this.name, code: this.code, message: this.message };
  }
}
