import { type JSONPath, type JSONVisitor, visit } from 'jsonc-parser';
import { escapeToken, parsePointer } from './pointer.ts';

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

/** Thrown to stop the scan once every position wanted has been found. */
const DONE = Symbol('done');

/**
 * Line and column of each JSON Pointer in a JSON text, found in one streaming pass (jsonc-parser's
 * visitor, which keeps no tree, so a 150 MB array costs time but not memory). Run only when some
 * notice needs a position, so valid data never pays for it. A pointer to a property points at its
 * name, as editors do; one to something missing (a required property) falls back to its parent.
 */
export function locatePointers(text: string, pointers: Iterable<string>): Map<string, Position> {
  const wanted = new Set<string>();
  for (const pointer of pointers) {
    const tokens = parsePointer(pointer);
    for (let length = 0; length <= tokens.length; length++) wanted.add(toPointer(tokens.slice(0, length)));
  }
  const found = new Map<string, Position>();
  const note = (path: JSONPath, line: number, character: number) => {
    const pointer = toPointer(path);
    if (!wanted.has(pointer) || found.has(pointer)) return;
    found.set(pointer, { line: line + 1, column: character + 1 });
    if (found.size === wanted.size) throw DONE;
  };
  const visitor: JSONVisitor = {
    onObjectBegin: (_offset, _length, line, character, path) => {
      const at = path();
      // A property's value is found at its name, noted when the name was seen.
      if (typeof at.at(-1) !== 'string') note(at, line, character);
    },
    onArrayBegin: (_offset, _length, line, character, path) => {
      const at = path();
      if (typeof at.at(-1) !== 'string') note(at, line, character);
    },
    onLiteralValue: (_value, _offset, _length, line, character, path) => {
      const at = path();
      if (typeof at.at(-1) !== 'string') note(at, line, character);
    },
    onObjectProperty: (property, _offset, _length, line, character, path) =>
      note([...path(), property], line, character),
  };
  try {
    visit(text, visitor, { disallowComments: true });
  } catch (error) {
    if (error !== DONE) return new Map();
  }
  const result = new Map<string, Position>();
  for (const pointer of pointers) {
    const tokens = parsePointer(pointer);
    for (let length = tokens.length; length >= 0; length--) {
      const position = found.get(toPointer(tokens.slice(0, length)));
      if (position) {
        result.set(pointer, position);
        break;
      }
    }
  }
  return result;
}

const toPointer = (path: readonly (string | number)[]) =>
  path.map((token) => `/${escapeToken(token)}`).join('');
