export { type FetchOptions, validateUrl } from './fetch-feed.ts';
export { type InputOptions, readInputs, validateLines } from './read-inputs.ts';
export { validateInputs } from './validate-inputs.ts';
