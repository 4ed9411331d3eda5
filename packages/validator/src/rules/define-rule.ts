import type { Listing } from '@openyouth/schema';
import type { ValidationContext } from '../context.ts';
import type { NoticeDefinition } from '../notice.ts';

export interface RuleContext extends ValidationContext {
  /** The listing being checked; it has already passed the schema, so its shape can be trusted. */
  listing: Listing;
  /** The document the listing came from (a file, a line of NDJSON, a feed page). */
  documentName: string;
  /** Where the listing sits in that document, as a JSON Pointer ('' when the document is the listing). */
  listingPath: string;
  /** Where a person finds the listing: a JSON Pointer, or `line N` for a line of NDJSON. */
  listingPlace: string;
  /** State this rule keeps across every listing of the run, created on first use. */
  state<T>(create: () => T): T;
}

export interface FinishContext extends ValidationContext {
  state<T>(create: () => T): T;
}

/** Records a notice; `instancePath` is a JSON Pointer within the listing ('' for the listing itself). */
export type Emit<Code extends string> = (
  code: Code,
  instancePath: string,
  params?: Record<string, unknown>,
) => void;

/** Records a notice found once every listing has been seen, against the listing it is about. */
export type FinishEmit<Code extends string> = (
  code: Code,
  at: { documentName: string; instancePath: string },
  params?: Record<string, unknown>,
) => void;

export interface Rule<Code extends string = string> {
  /** kebab-case, the file's name. */
  id: string;
  notices: Record<Code, NoticeDefinition>;
  check(ctx: RuleContext, emit: Emit<Code>): void;
  /** For rules about the whole dataset, such as references between listings. */
  finish?(ctx: FinishContext, emit: FinishEmit<Code>): void;
}

/** Declares a rule; the identity function that gives rules their types. */
export function defineRule<const Code extends string>(rule: Rule<Code>): Rule<Code> {
  return rule;
}
