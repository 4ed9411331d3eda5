import { type JSONVisitor, visit } from 'jsonc-parser';
import { parsePointer } from './pointer.ts';

export interface Position {
  line: number;
  column: number;
}

/** Offsets of the start of each line, to turn an offset into a 1-based line and column. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf('\n'); index !== -1; index = text.indexOf('\n', index + 1))
    starts.push(index + 1);
  return starts;
}

export function positionAt(starts: readonly number[], offset: number): Position {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((starts[middle] ?? 0) <= offset) low = middle;
    else high = middle - 1;
  }
  return { line: low + 1, column: offset - (starts[low] ?? 0) + 1 };
}

export function offsetToPosition(text: string, offset: number): Position {
  return positionAt(lineStarts(text), offset);
}

/** Thrown to stop the scan once every position wanted has been found or can no longer be. */
const DONE = Symbol('done');

/** A pointer wanted, or the prefix of one, in a tree of reference tokens. */
interface Wanted {
  children: Map<string, Wanted>;
  position?: Position;
  /** Found, or past: the scan has left the object or array it would be in. */
  settled?: boolean;
}

/** An object or array being scanned that holds something wanted. */
interface Open {
  wanted: Wanted;
  isArray: boolean;
  /** Items seen so far, for an array. */
  items: number;
  /** What the value after the property name just seen is, in an object. */
  next?: Wanted | undefined;
}

/**
 * Line and column of each JSON Pointer in a JSON text, found in one streaming pass (jsonc-parser's
 * visitor, which keeps no tree, so a 150 MB array costs time but not memory). Run only when some
 * notice needs a position, so valid data never pays for it. A pointer to a property points at its
 * name, as editors do; one to something missing (a required property) falls back to its parent.
 * Objects and arrays holding nothing wanted are scanned without callbacks, and the scan stops once
 * it has left every place a pointer could still be found.
 */
export function locatePointers(text: string, pointers: Iterable<string>): Map<string, Position> {
  const root: Wanted = { children: new Map() };
  let unsettled = 1;
  for (const pointer of pointers) {
    let node = root;
    for (const token of parsePointer(pointer)) {
      let child = node.children.get(token);
      if (!child) {
        child = { children: new Map() };
        node.children.set(token, child);
        unsettled++;
      }
      node = child;
    }
  }
  const settle = (node: Wanted) => {
    if (node.settled) return;
    node.settled = true;
    if (--unsettled === 0) throw DONE;
  };
  const note = (node: Wanted, line: number, character: number) => {
    if (node.position) return;
    node.position = { line: line + 1, column: character + 1 };
    settle(node);
  };
  const settleBelow = (node: Wanted) => {
    for (const child of node.children.values()) {
      settleBelow(child);
      settle(child);
    }
  };

  const open: Open[] = [];
  let skipping = false;
  /** What a value starting here is; an array item or the root is found at its start. */
  const valueAt = (line: number, character: number): Wanted | undefined => {
    const parent = open.at(-1);
    if (!parent) {
      note(root, line, character);
      return root;
    }
    if (!parent.isArray) return parent.next;
    const item = parent.wanted.children.get(String(parent.items++));
    if (item) note(item, line, character);
    return item;
  };
  const begin = (isArray: boolean, line: number, character: number) => {
    const wanted = valueAt(line, character);
    if (!wanted || wanted.children.size === 0) {
      skipping = true;
      return false; // nothing wanted inside: no callbacks until its end
    }
    open.push({ wanted, isArray, items: 0 });
    return true;
  };
  const end = () => {
    if (skipping) skipping = false;
    else {
      const closed = open.pop();
      if (closed) settleBelow(closed.wanted);
    }
  };
  const visitor: JSONVisitor = {
    onObjectBegin: (_offset, _length, line, character) => begin(false, line, character),
    onArrayBegin: (_offset, _length, line, character) => begin(true, line, character),
    onObjectEnd: end,
    onArrayEnd: end,
    onLiteralValue: (_value, _offset, _length, line, character) => {
      valueAt(line, character);
    },
    onObjectProperty: (property, _offset, _length, line, character) => {
      const parent = open.at(-1);
      if (!parent) return;
      parent.next = parent.wanted.children.get(property);
      // A property's value is found at its name.
      if (parent.next) note(parent.next, line, character);
    },
  };
  try {
    visit(text, visitor, { disallowComments: true });
  } catch (error) {
    if (error !== DONE) return new Map();
  }
  const result = new Map<string, Position>();
  for (const pointer of pointers) {
    let node: Wanted | undefined = root;
    let position = root.position;
    for (const token of parsePointer(pointer)) {
      node = node.children.get(token);
      if (!node?.position) break;
      position = node.position;
    }
    if (position) result.set(pointer, position);
  }
  return result;
}
