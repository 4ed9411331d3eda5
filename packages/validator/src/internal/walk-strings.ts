import { escapeToken } from './pointer.ts';

/** Deeper than any listing the schema allows; extension properties could nest without end. */
const MAX_DEPTH = 12;

/** A string somewhere in a value: the property it sits in and where it is. */
export interface StringLeaf {
  key: string;
  text: string;
  /** The JSON Pointer of the object or array holding it. */
  parent: string;
  /** Its property name or index in that parent. */
  token: string | number;
}

/** The JSON Pointer of a string, built only for the few that get a notice. */
export const pointerOf = (leaf: StringLeaf) => `${leaf.parent}/${escapeToken(leaf.token)}`;

const cache = new WeakMap<object, StringLeaf[]>();

function collect(value: object, pointer: string, key: string, depth: number, into: StringLeaf[]): void {
  if (depth >= MAX_DEPTH) return;
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const child: unknown = value[index];
      if (typeof child === 'string') into.push({ key, text: child, parent: pointer, token: index });
      else if (typeof child === 'object' && child !== null)
        collect(child, `${pointer}/${index}`, key, depth + 1, into);
    }
    return;
  }
  const keys = Object.keys(value);
  for (let index = 0; index < keys.length; index++) {
    const childKey = keys[index] as string;
    const child = (value as Record<string, unknown>)[childKey];
    if (typeof child === 'string')
      into.push({ key: childKey, text: child, parent: pointer, token: childKey });
    else if (typeof child === 'object' && child !== null) {
      collect(child, `${pointer}/${escapeToken(childKey)}`, childKey, depth + 1, into);
    }
  }
}

/**
 * Every string in a value, with the property it sits in and where it is. Walked once per listing
 * however many rules ask: the rules about text, phone numbers and addresses share it.
 */
export function stringsOf(value: object): readonly StringLeaf[] {
  let leaves = cache.get(value);
  if (!leaves) {
    leaves = [];
    collect(value, '', '', 0, leaves);
    cache.set(value, leaves);
  }
  return leaves;
}
