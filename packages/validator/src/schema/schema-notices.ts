import type { ErrorObject } from 'ajv';
import { didYouMean } from '../internal/did-you-mean.ts';
import { vocabularyOf } from './vocabulary-index.ts';

/** A notice before severity and message are attached: what the engine and rules both produce. */
export interface RawNotice {
  code: string;
  instancePath: string;
  params: Record<string, unknown>;
}

/** Plain words for the patterns the standard uses, so a publisher reads "a time like 16:30", not a regex. */
const PATTERN_WORDS: Record<string, string> = {
  '^https?://': 'a web address starting with https://',
  '^([01][0-9]|2[0-3]):[0-5][0-9]$': 'a time on the 24-hour clock, like 16:30',
  '^[EWSN][0-9]{8}$': 'an ONS GSS code: E, W, S or N and eight digits, like E06000023',
  '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$': 'a language tag such as en, cy or bfi',
  '^(UTC|[A-Za-z]+(/[A-Za-z0-9_+-]+)+)$': 'an IANA timezone such as Europe/London',
  '^[A-Z0-9][A-Z0-9 -]{3,14}$': 'a charity number such as 1123456, SC012345 or NIC100123',
  '^([0-9]{8}|[A-Z]{2}[0-9]{6})$': 'a Companies House number: eight digits, or two letters and six digits',
  '^[A-Z]{2}$': 'a two-letter country code such as GB',
};

const FORMAT_WORDS: Record<string, string> = {
  uri: 'a full web address, such as https://example.org.uk/page',
  email: 'an email address, such as youth@example.org.uk',
  date: 'a date written YYYY-MM-DD, such as 2026-09-08',
  'date-time': 'a date and time with a UTC offset, such as 2026-11-02T09:30:00Z',
  duration: 'an ISO 8601 duration, such as PT1H30M or P6W',
};

const typeOf = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'array' : typeof value);

/**
 * Values as a notice shows them: text cut short (a notice must not carry a whole 5,000-character
 * description), and lists and objects as short JSON, so a message can always print them.
 */
function shown(value: unknown): unknown {
  const text = typeof value === 'object' && value !== null ? JSON.stringify(value) : value;
  return typeof text === 'string' && text.length > 80 ? `${text.slice(0, 77)}...` : text;
}

/** One ajv error as a notice with a stable code, or undefined for errors that only repeat another. */
export function toSchemaNotice(error: ErrorObject): RawNotice | undefined {
  const at = error.instancePath;
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'if':
      return undefined; // ajv adds "must match then schema" beside the error that says why.
    case 'required':
      return {
        code: 'schema_required_property_missing',
        instancePath: at,
        params: { property: params.missingProperty },
      };
    case 'additionalProperties': {
      const property = String(params.additionalProperty);
      const known = Object.keys(
        (error.parentSchema as { properties?: object } | undefined)?.properties ?? {},
      );
      const suggestion = didYouMean(property, known);
      return {
        code: 'schema_unknown_property',
        instancePath: at,
        params: suggestion ? { property, suggestion } : { property },
      };
    }
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]) ?? [];
      const vocabulary = vocabularyOf(allowed);
      if (vocabulary && typeof error.data === 'string') {
        const suggestion = didYouMean(error.data, vocabulary.terms, vocabulary.labels);
        return {
          code: 'vocabulary_term_unknown',
          instancePath: at,
          params: {
            value: shown(error.data),
            vocabulary: vocabulary.id,
            ...(suggestion ? { suggestion } : {}),
          },
        };
      }
      const suggestion =
        typeof error.data === 'string' ? didYouMean(error.data, allowed.map(String)) : undefined;
      return {
        code: 'schema_value_not_allowed',
        instancePath: at,
        params: { value: shown(error.data), allowed, ...(suggestion ? { suggestion } : {}) },
      };
    }
    case 'type':
      return {
        code: error.data === null ? 'schema_null_value' : 'schema_wrong_type',
        instancePath: at,
        params: error.data === null ? {} : { expected: params.type, actual: typeOf(error.data) },
      };
    case 'minLength':
      return { code: 'schema_text_empty', instancePath: at, params: { limit: params.limit } };
    case 'maxLength':
      return {
        code: 'schema_text_too_long',
        instancePath: at,
        params: {
          limit: params.limit,
          length: typeof error.data === 'string' ? error.data.length : undefined,
        },
      };
    case 'format':
      return {
        code: 'schema_format_invalid',
        instancePath: at,
        params: {
          value: shown(error.data),
          format: params.format,
          expected: FORMAT_WORDS[String(params.format)],
        },
      };
    case 'pattern':
      return {
        code: 'schema_pattern_mismatch',
        instancePath: at,
        params: {
          value: shown(error.data),
          expected: PATTERN_WORDS[String(params.pattern)] ?? `text matching ${params.pattern}`,
        },
      };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return {
        code: 'schema_number_out_of_range',
        instancePath: at,
        params: { value: error.data, comparison: params.comparison, limit: params.limit },
      };
    case 'minItems':
      return { code: 'schema_list_empty', instancePath: at, params: { limit: params.limit } };
    case 'maxItems':
      return { code: 'schema_list_too_long', instancePath: at, params: { limit: params.limit } };
    case 'uniqueItems':
      return {
        code: 'schema_list_has_duplicates',
        instancePath: at,
        params: { first: params.j, second: params.i },
      };
    case 'minProperties':
      return { code: 'schema_object_empty', instancePath: at, params: {} };
    case 'false schema':
      return {
        code: 'schema_property_not_allowed',
        instancePath: at,
        params: { property: at.slice(at.lastIndexOf('/') + 1) },
      };
    default:
      return {
        code: 'schema_invalid',
        instancePath: at,
        params: { keyword: error.keyword, detail: error.message },
      };
  }
}
