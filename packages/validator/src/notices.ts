import { INPUT_NOTICES, SCHEMA_NOTICES } from './engine-codes.ts';
import { FEED_NOTICES } from './feed/feed-codes.ts';
import type { NoticeDefinition } from './notice.ts';
import { rules } from './rules/index.ts';

export interface DocumentedNotice extends NoticeDefinition {
  code: string;
  /** The rule that raises it, or `schema` / `input` / `feed` for the engine's own notices. */
  source: string;
}

let catalogue: Map<string, DocumentedNotice> | undefined;

/** Every notice code the validator can raise, with its default severity and documentation data. */
export function noticeCatalogue(): ReadonlyMap<string, DocumentedNotice> {
  if (catalogue) return catalogue;
  catalogue = new Map();
  const add = (source: string, notices: Record<string, NoticeDefinition>) => {
    for (const [code, definition] of Object.entries(notices)) {
      if (catalogue?.has(code)) throw new Error(`Notice code ${code} is defined twice`);
      catalogue?.set(code, { ...definition, code, source });
    }
  };
  add('input', INPUT_NOTICES);
  add('schema', SCHEMA_NOTICES);
  for (const rule of rules) add(rule.id, rule.notices);
  add('feed', FEED_NOTICES);
  return catalogue;
}
