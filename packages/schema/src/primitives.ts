import {
  type ArrayOptions,
  type NumberOptions,
  type SchemaOptions,
  type Static,
  type StringOptions,
  type TSchema,
  Type,
} from '@sinclair/typebox';
import { type ConceptId, conceptIds, type Vocabulary } from './vocab/types.ts';

/**
 * Options every property carries. `recommended` marks a property publishers SHOULD give; like
 * `vocabulary`, it lives only in this source (docs and the validator read it) and is stripped from
 * the published schemas.
 */
export interface PropertyOptions extends SchemaOptions {
  description: string;
  recommended?: boolean;
}

type Described<T> = Omit<T, 'description'> & PropertyOptions;

/** A plain-text string: never empty, always bounded. */
export function Text(maxLength: number, options: Described<StringOptions>) {
  return Type.String({ minLength: 1, maxLength, ...options });
}

/**
 * A web address: identifiers too are http(s) URLs, so nothing a harvester or a directory page
 * follows can be `javascript:`, `file:` or another scheme that does harm when fetched or linked.
 */
export function WebUrl(options: PropertyOptions) {
  return Type.String({ format: 'uri', pattern: '^https?://', maxLength: 2048, ...options });
}

export function Email(options: PropertyOptions) {
  return Type.String({ format: 'email', maxLength: 254, ...options });
}

/** Phone numbers are checked for shape by the validator, which can explain what is wrong. */
export function Telephone(options: PropertyOptions) {
  return Type.String({ minLength: 3, maxLength: 32, ...options });
}

export function DateOnly(options: PropertyOptions) {
  return Type.String({ format: 'date', maxLength: 10, ...options });
}

export function DateTime(options: PropertyOptions) {
  return Type.String({ format: 'date-time', maxLength: 35, ...options });
}

/**
 * A wall-clock time, HH:MM, read in the schedule's IANA timezone. Not JSON Schema's `time`
 * format, which needs a UTC offset that changes with British Summer Time.
 */
export function LocalTime(options: PropertyOptions) {
  return Type.String({ pattern: '^([01][0-9]|2[0-3]):[0-5][0-9]$', maxLength: 5, ...options });
}

/** An ISO 8601 duration such as `PT1H30M` or `P6W`. */
export function Duration(options: PropertyOptions) {
  return Type.String({ format: 'duration', maxLength: 32, ...options });
}

/** An ONS GSS code for an area: a letter for the nation, then eight digits (E06000023 is Bristol). */
export function GssCode(options: PropertyOptions) {
  return Type.String({ pattern: '^[EWSN][0-9]{8}$', maxLength: 9, ...options });
}

/** A BCP 47 language tag: `en`, `cy`, `pl`, `bfi` (British Sign Language). */
export function LanguageTag(options: PropertyOptions) {
  return Type.String({ pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$', maxLength: 35, ...options });
}

export function Age(options: Described<NumberOptions>) {
  return Type.Integer({ minimum: 0, maximum: 120, ...options });
}

export function Flag(options: PropertyOptions) {
  return Type.Boolean(options);
}

/** Enums are emitted as `enum`, not `anyOf` of `const`: measured faster to validate and serialise. */
export function StringEnum<const Values extends readonly string[]>(values: Values, options: PropertyOptions) {
  return Type.Unsafe<Values[number]>({ type: 'string', enum: [...values], ...options });
}

export function IntegerEnum<const Values extends readonly number[]>(
  values: Values,
  options: PropertyOptions,
) {
  return Type.Unsafe<Values[number]>({ type: 'integer', enum: [...values], ...options });
}

/** A list that is never empty (published data has no empty arrays) and always bounded. */
export function List<Item extends TSchema>(
  item: Item,
  options: Described<ArrayOptions> & { maxItems: number },
) {
  return Type.Array(item, { minItems: 1, ...options });
}

/** A list of distinct values from a fixed set. */
export function EnumList<const Values extends readonly string[]>(
  values: Values,
  options: Described<ArrayOptions> & { maxItems: number },
) {
  return Type.Array(Type.Unsafe<Values[number]>({ type: 'string', enum: [...values] }), {
    minItems: 1,
    uniqueItems: true,
    ...options,
  });
}

/**
 * A term from one of the published vocabularies. The source-only `vocabulary` keyword names it,
 * so the reference docs can link to it and the validator can suggest the nearest real term.
 */
export function Term<V extends Vocabulary>(vocabulary: V, options: PropertyOptions) {
  return Type.Unsafe<ConceptId<V>>({
    type: 'string',
    enum: conceptIds(vocabulary),
    vocabulary: vocabulary.id,
    ...options,
  });
}

/** A list of distinct terms from one of the published vocabularies. */
export function Terms<V extends Vocabulary>(
  vocabulary: V,
  options: Described<ArrayOptions> & { maxItems: number },
) {
  return Type.Array(Type.Unsafe<ConceptId<V>>({ type: 'string', enum: conceptIds(vocabulary) }), {
    minItems: 1,
    uniqueItems: true,
    vocabulary: vocabulary.id,
    ...options,
  });
}

/**
 * A property whose value is another named type: published as a `$ref` to that type's own schema
 * file, so each type is defined once, while TypeScript still sees the full type.
 */
export function Ref<T extends TSchema>(target: T, options: PropertyOptions) {
  if (!target.$id) throw new Error(`Ref: the target schema '${target.title}' has no $id`);
  return Type.Unsafe<Static<T>>({ $ref: target.$id, ...options });
}

/** Options shared by every object: no unknown properties except namespaced extensions. */
export function objectOptions(options: SchemaOptions & { description: string }) {
  return {
    additionalProperties: false,
    // Extensions use a namespace prefix, as OpenActive's `beta:` does: `myorg:property`.
    patternProperties: { '^[a-z][a-z0-9]*:[A-Za-z][A-Za-z0-9]*$': {} },
    ...options,
  };
}
