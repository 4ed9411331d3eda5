import type { Report } from '../report.ts';
import { createValidator, type ValidatorOptions } from '../validator.ts';
import { type InputOptions, readInputs } from './read-inputs.ts';

/** Validates files, folders, `-` (standard input) and URLs, and returns one report for them all. */
export async function validateInputs(
  inputs: readonly string[],
  options: ValidatorOptions & InputOptions = {},
): Promise<Report> {
  const validator = createValidator(options);
  await readInputs(inputs, validator, options);
  return validator.finish();
}
