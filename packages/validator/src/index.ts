export { calendarDate, createContext, type ValidationContext } from './context.ts';
export { ERROR_CODES, isValidatorError, ValidatorError, type ValidatorErrorCode } from './errors.ts';
export { formatHtml } from './format/html.ts';
export { formatJson } from './format/json.ts';
export { formatSarif, type SarifOptions } from './format/sarif.ts';
export { formatText, type TextOptions } from './format/text.ts';
export { en, type LocaleEntry } from './locales/en.ts';
export type {
  ExampleData,
  Finding,
  Notice,
  NoticeDefinition,
  Severity,
  SeverityOverrides,
} from './notice.ts';
export { SEVERITIES } from './notice.ts';
export { type DocumentedNotice, noticeCatalogue } from './notices.ts';
export {
  bySeverityThenCode,
  type DocumentKind,
  hasNoticesAtOrAbove,
  type InputSummary,
  type NoticeGroup,
  type Report,
  SEVERITY_ORDER,
  type SeverityCounts,
  type ToolProblem,
} from './report.ts';
export {
  defineRule,
  type Emit,
  type FinishContext,
  type FinishEmit,
  type Rule,
  type RuleContext,
} from './rules/define-rule.ts';
export { rules } from './rules/index.ts';
export {
  createValidator,
  type DocumentSource,
  noticeMessage,
  type Validator,
  type ValidatorOptions,
  validate,
  validateText,
} from './validator.ts';
export { VALIDATOR_NAME, VALIDATOR_VERSION } from './version.ts';
