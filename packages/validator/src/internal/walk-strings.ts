import { escapeToken } from './pointer.ts';

/** Deeper than any listing the schema allows; extension properties could nest without end. */
const MAX_DEPTH = 12;

/**
 * Every string in a value, as parallel lists: string `i` (for `i` below `count`) is `texts[i]`, in
 * the property `keys[i]` (for an array item, the array's property). Flat lists and lazy pointers
 * because this runs on every listing, and only the few strings that get a notice ever need their
 * JSON Pointer. The lists are refilled for each value walked, not replaced: allocating them anew
 * for every listing was a fifth of the validator's garbage.
 */
export class Strings {
  /** How many strings the last walk found; the lists may hold stale entries beyond it. */
  count = 0;
  readonly keys: string[] = [];
  readonly texts: string[] = [];
  /** The object or array holding each string, as an index into `containers`. */
  private readonly holders: number[] = [];
  private readonly tokens: (string | number)[] = [];
  /** Each object or array below the root: its holder (-1 for the root) and its token there. */
  private readonly containerHolders: number[] = [];
  private readonly containerTokens: (string | number)[] = [];
  private containers = 0;

  constructor(value?: object) {
    if (value) this.walk(value);
  }

  /** Finds every string in `value`, forgetting the value walked before. */
  walk(value: object): this {
    this.count = 0;
    this.containers = 0;
    this.collect(value, -1, '', 0);
    return this;
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
      const index = this.count++;
      this.keys[index] = key;
      this.texts[index] = child;
      this.holders[index] = holder;
      this.tokens[index] = token;
    } else if (typeof child === 'object' && child !== null) {
      const container = this.containers++;
      this.containerHolders[container] = holder;
      this.containerTokens[container] = token;
      this.collect(child, container, key, depth + 1);
    }
  }
}

// The last value walked: the rules about text, phone numbers and addresses ask in turn for one
// listing. One set of lists serves every listing, as no rule keeps them past its check.
const shared = new Strings();
let last: object | undefined;

/** Every string in a value; walked once per listing however many rules ask. */
export function stringsOf(value: object): Strings {
  if (last !== value) {
    // Forget the value first, so a walk that throws is not taken for a finished one.
    last = undefined;
    shared.walk(value);
    last = value;
  }
  return shared;
}
