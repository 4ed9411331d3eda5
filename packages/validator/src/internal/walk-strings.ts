import { escapeToken } from './pointer.ts';

/** Deeper than any listing the schema allows; extension properties could nest without end. */
const MAX_DEPTH = 12;

/**
 * Every string in a value, as parallel lists: string `i` is `texts[i]`, in the property `keys[i]`
 * (for an array item, the array's property). Flat lists and lazy pointers because this runs on
 * every listing, and only the few strings that get a notice ever need their JSON Pointer.
 */
export class Strings {
  readonly keys: string[] = [];
  readonly texts: string[] = [];
  /** The object or array holding each string, as an index into `containers`. */
  private readonly holders: number[] = [];
  private readonly tokens: (string | number)[] = [];
  /** Each object or array below the root: its holder (-1 for the root) and its token there. */
  private readonly containerHolders: number[] = [];
  private readonly containerTokens: (string | number)[] = [];

  constructor(value: object) {
    this.collect(value, -1, '', 0);
  }

  /** The JSON Pointer of string `index`. */
  pointer(index: number): string {
    let pointer = `/${escapeToken(this.tokens[index] ?? '')}`;
    for (let holder = this.holders[index] ?? -1; holder >= 0; holder = this.containerHolders[holder] ?? -1)
      pointer = `/${escapeToken(this.containerTokens[holder] ?? '')}${pointer}`;
    return pointer;
  }

  private collect(value: object, holder: number, key: string, depth: number): void {
    if (depth >= MAX_DEPTH) return;
    if (Array.isArray(value)) {
      for (let index = 0; index < value.length; index++) this.add(value[index], holder, key, index, depth);
      return;
    }
    for (const childKey in value) {
      if (Object.hasOwn(value, childKey))
        this.add((value as Record<string, unknown>)[childKey], holder, childKey, childKey, depth);
    }
  }

  private add(child: unknown, holder: number, key: string, token: string | number, depth: number): void {
    if (typeof child === 'string') {
      this.keys.push(key);
      this.texts.push(child);
      this.holders.push(holder);
      this.tokens.push(token);
    } else if (typeof child === 'object' && child !== null) {
      this.containerHolders.push(holder);
      this.containerTokens.push(token);
      this.collect(child, this.containerHolders.length - 1, key, depth + 1);
    }
  }
}

// The last value walked: the rules about text, phone numbers and addresses ask in turn for one listing.
let last: { value: object; strings: Strings } | undefined;

/** Every string in a value; walked once per listing however many rules ask. */
export function stringsOf(value: object): Strings {
  if (last?.value !== value) last = { value, strings: new Strings(value) };
  return last.strings;
}
