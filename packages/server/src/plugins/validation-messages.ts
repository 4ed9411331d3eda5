import type { RequestFault } from '../errors.ts';

/** The parts of an ajv error the messages need (Fastify hands these over as `error.validation`). */
export interface ValidationIssue {
  keyword: string;
  instancePath: string;
  params: Record<string, unknown>;
  message?: string | undefined;
}

const list = (values: unknown) => (Array.isArray(values) ? values.map(String).join(', ') : String(values));

/** Turns ajv's terse message into what is wrong with a parameter and how to put it right. */
export function describeIssue(issue: ValidationIssue, knownParameters: readonly string[]): RequestFault {
  const [name = '', item] = issue.instancePath.split('/').slice(1);
  const where = item === undefined ? `\`${name}\`` : `item ${Number(item) + 1} of \`${name}\``;
  const { params } = issue;
  switch (issue.keyword) {
    case 'additionalProperties': {
      const parameter = String(params.additionalProperty);
      return {
        parameter,
        message: `\`${parameter}\` is not a parameter here: use ${knownParameters.map((known) => `\`${known}\``).join(', ')}.`,
      };
    }
    case 'type':
      return {
        parameter: name,
        message: `${where} must be ${params.type === 'integer' ? 'a whole number' : params.type === 'boolean' ? '`true` or `false`' : `a ${list(params.type)}`}, given once.`,
      };
    case 'enum':
      return { parameter: name, message: `${where} must be one of: ${list(params.allowedValues)}.` };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum': {
      const bound = {
        minimum: 'at least',
        maximum: 'at most',
        exclusiveMinimum: 'more than',
        exclusiveMaximum: 'less than',
      }[issue.keyword];
      return { parameter: name, message: `${where} must be ${bound} ${String(params.limit)}.` };
    }
    case 'pattern':
      return { parameter: name, message: `${where} must be a 24-hour time as HH:MM, such as 16:30.` };
    case 'maxLength':
      return {
        parameter: name,
        message: `${where} must be at most ${String(params.limit)} characters long.`,
      };
    case 'maxItems':
      return { parameter: name, message: `${where} must list at most ${String(params.limit)} values.` };
    default:
      return { parameter: name, message: `${where} ${issue.message ?? 'is not valid'}.` };
  }
}
