/** Codes of the errors the converters throw; stable, so callers can branch on them. */
export const CONVERT_ERRORS = {
  OY_ERR_CONVERT_INPUT: 'The input could not be read as the format it was said to be.',
  OY_ERR_CONVERT_FORMAT_UNKNOWN: 'The input format could not be recognised.',
  OY_ERR_CONVERT_HTTP: 'A web address (an Open Referral UK API or an RPDE feed) did not answer as expected.',
  OY_ERR_CONVERT_SPREADSHEET: 'The spreadsheet could not be opened.',
  OY_ERR_CONVERT_VALIDATOR:
    'The validator failed while checking the converted listings (a fault in the tool).',
} as const;

export type ConvertErrorCode = keyof typeof CONVERT_ERRORS;

/** A problem in the tool or its input as a whole; problems with single items go in the report. */
export class ConvertError extends Error {
  override name = 'ConvertError';
  readonly code: ConvertErrorCode;

  constructor(code: ConvertErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }

  toJSON() {
    return { name: this.name, code: this.code, message: this.message };
  }
}

export function isConvertError(error: unknown): error is ConvertError {
  return error instanceof ConvertError;
}
