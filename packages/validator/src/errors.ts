/** Problems in the tool or its surroundings (a missing file, a network failure), never in the data. */
export const ERROR_CODES = {
  OY_ERR_VALIDATOR_INPUT_NOT_FOUND: 'The file or folder does not exist.',
  OY_ERR_VALIDATOR_INPUT_UNREADABLE: 'The input could not be read.',
  OY_ERR_VALIDATOR_NETWORK: 'A URL could not be fetched.',
  OY_ERR_VALIDATOR_OPTION_INVALID: 'An option has a value the validator does not understand.',
  OY_ERR_VALIDATOR_INTERNAL: 'The validator itself failed; please report it.',
} as const;

export type ValidatorErrorCode = keyof typeof ERROR_CODES;

export class ValidatorError extends Error {
  override name = 'ValidatorError';
  readonly code: ValidatorErrorCode;

  constructor(code: ValidatorErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }

  toJSON(): { code: ValidatorErrorCode; message: string } {
    return { code: this.code, message: this.message };
  }
}

export function isValidatorError(error: unknown): error is ValidatorError {
  return error instanceof ValidatorError;
}
