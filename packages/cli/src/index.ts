export { EXIT } from './commands/choices.ts';
export { type ValidateOptions, validateCommand } from './commands/validate.ts';
export type { Output } from './internal/output.ts';
export { main } from './main.ts';
