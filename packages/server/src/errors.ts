/** Codes of the errors the server throws; stable, so callers can branch on them. */
export const SERVER_ERRORS = {
  OY_ERR_SERVER_BAD_QUERY: 'A query parameter is not valid.',
  OY_ERR_SERVER_NOT_FOUND: 'There is nothing at that address.',
  OY_ERR_SERVER_UNAUTHORIZED: 'The request has no API key, or one the server does not know.',
  OY_ERR_SERVER_FORBIDDEN: 'The API key may not write that listing.',
  OY_ERR_SERVER_READ_ONLY: 'This server does not accept listings from providers.',
  OY_ERR_SERVER_INVALID_LISTING: 'The listing has validator errors.',
  OY_ERR_SERVER_BAD_BODY: 'The request body is not what the operation takes.',
  OY_ERR_SERVER_RATE_LIMITED: 'Too many requests came from one address.',
  OY_ERR_SERVER_GEOCODER_FAILED: 'The postcode lookup service did not answer.',
  OY_ERR_SERVER_POSTCODE_FILE: 'A postcode centroid file could not be read.',
} as const;

export type ServerErrorCode = keyof typeof SERVER_ERRORS;

/** One problem with a request, as RFC 9457 `errors[]` items carry it. */
export interface RequestFault {
  parameter?: string;
  pointer?: string;
  /** The validator's notice code, when the fault is in a listing it checked. */
  code?: string;
  message: string;
}

export class ServerError extends Error {
  override name = 'ServerError';
  readonly code: ServerErrorCode;
  /** The HTTP status a request failing with this error gets. */
  readonly statusCode: number;
  readonly faults: readonly RequestFault[];

  constructor(
    code: ServerErrorCode,
    message: string,
    options: { cause?: unknown; statusCode?: number; faults?: readonly RequestFault[] } = {},
  ) {
    super(message, options.cause === undefined ? {} : { cause: options.cause });
    this.code = code;
    this.statusCode = options.statusCode ?? 500;
    this.faults = options.faults ?? [];
  }

  /** What may leave the server: never the cause, which may hold internal details. */
  toJSON() {
    return { name: this.name, code: this.code, message: this.message };
  }
}

export const badQuery = (faults: readonly RequestFault[]) =>
  new ServerError('OY_ERR_SERVER_BAD_QUERY', faults.map((fault) => fault.message).join(' '), {
    statusCode: 400,
    faults,
  });

export const notFound = (message: string) =>
  new ServerError('OY_ERR_SERVER_NOT_FOUND', message, { statusCode: 404 });
