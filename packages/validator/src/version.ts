/** This package's version; a test keeps it equal to package.json's. */
export const VALIDATOR_NAME = '@openyouth/validator';
export const VALIDATOR_VERSION = '0.1.0';
