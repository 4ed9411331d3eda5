import { type ParseError, parse, printParseErrorCode } from 'jsonc-parser';
import { offsetToPosition, type Position } from './positions.ts';

export type ParsedJson =
  | { ok: true; value: unknown }
  | { ok: false; reason: 'syntax'; problem: string; position?: Position }
  | { ok: false; reason: 'too-deep' };

const PROBLEM_WORDS: Record<string, string> = {
  InvalidSymbol: 'an unexpected character',
  InvalidNumberFormat: 'a badly written number',
  PropertyNameExpected: 'a property name in double quotes was expected',
  ValueExpected: 'a value was expected (perhaps an extra comma)',
  ColonExpected: 'a colon was expected after the property name',
  CommaExpected: 'a comma was expected',
  CloseBraceExpected: 'a closing } was expected',
  CloseBracketExpected: 'a closing ] was expected',
  EndOfFileExpected: 'the JSON should have ended here',
  InvalidCommentToken: 'comments are not allowed in JSON',
  UnexpectedEndOfComment: 'comments are not allowed in JSON',
  UnexpectedEndOfString: 'a string is not closed with a double quote',
  UnexpectedEndOfNumber: 'a number ends too soon',
  InvalidUnicode: 'a \\u escape is not valid',
  InvalidEscapeCharacter: 'a backslash escape is not valid',
  InvalidCharacter: 'a control character (such as a tab or new line) inside a string',
};

/**
 * JSON.parse, fast, for the usual valid input; on failure jsonc-parser finds where the first
 * problem is, so the notice can give a line and column.
 */
export function parseJson(text: string): ParsedJson {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, reason: 'too-deep' };
    const errors: ParseError[] = [];
    try {
      parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
    } catch {
      return { ok: false, reason: 'too-deep' };
    }
    const first = errors[0];
    if (!first) return { ok: false, reason: 'syntax', problem: (error as Error).message };
    const code = printParseErrorCode(first.error);
    return {
      ok: false,
      reason: 'syntax',
      problem: PROBLEM_WORDS[code] ?? code,
      position: offsetToPosition(text, first.offset),
    };
  }
}
