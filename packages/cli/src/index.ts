export { EXIT, type ValidateOptions, validateCommand } from './commands/validate.ts';
export type { Output } from './internal/output.ts';
export { main } from './main.ts';
