import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createValidator } from '../validator.ts';
import { validateLines } from './read-inputs.ts';
import { readLines } from './read-lines.ts';

type Event = string | { tooLarge: number };

async function linesOf(chunks: (string | Buffer)[], maxBytes = 1024): Promise<Event[]> {
  const events: Event[] = [];
  await readLines(Readable.from(chunks), {
    maxBytes,
    line: (text) => events.push(text),
    tooLarge: (bytes) => events.push({ tooLarge: bytes }),
  });
  return events;
}

async function readlineLines(text: string): Promise<string[]> {
  const lines: string[] = [];
  const input = Readable.from([Buffer.from(text)]);
  for await (const line of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) lines.push(line);
  return lines;
}

/** The bytes of a text cut at the given places, so lines and characters straddle chunks. */
function cut(text: string, places: number[]): Buffer[] {
  const bytes = Buffer.from(text);
  const at = [...new Set(places.map((place) => place % (bytes.length + 1)))].sort((a, b) => a - b);
  return [0, ...at].map((start, index) => bytes.subarray(start, at[index] ?? bytes.length));
}

describe('readLines', () => {
  it.each([
    [
      'splits on \\n and keeps blank lines',
      { given: ['{"a":1}\n\n{"b":2}\n'], want: ['{"a":1}', '', '{"b":2}'] },
    ],
    ['gives a last line with no line break', { given: ['one\ntwo'], want: ['one', 'two'] }],
    [
      'treats \\r\\n as one break, even across chunks',
      { given: ['one\r', '\ntwo\r\n'], want: ['one', 'two'] },
    ],
    ['treats a lone \\r as a break', { given: ['one\rtwo\r\rthree'], want: ['one', 'two', '', 'three'] }],
    ['joins a line cut between chunks', { given: ['{"na', 'me":', '"x"}\n'], want: ['{"name":"x"}'] }],
    [
      'joins a character cut between chunks',
      { given: [Buffer.from('é\n').subarray(0, 1), Buffer.from('é\n').subarray(1)], want: ['é'] },
    ],
    ['reads string chunks too', { given: ['a\n', 'b\n'], want: ['a', 'b'] }],
  ] as const)('%s', async (_name, { given, want }) => {
    expect(await linesOf([...given])).toEqual(want);
  });

  it('gives the size of a line over the limit instead of the line, and goes on after it', async () => {
    const long = 'x'.repeat(30);
    expect(await linesOf([`short\n${long.slice(0, 12)}`, long.slice(12), '\nnext\n'], 20)).toEqual([
      'short',
      { tooLarge: 30 },
      'next',
    ]);
  });

  it('counts a line against the limit in bytes', async () => {
    expect(await linesOf(['éé\néééééé\n'], 10)).toEqual(['éé', { tooLarge: 12 }]);
  });

  it('finds the same lines as readline, wherever the chunks are cut', async () => {
    const text = fc
      .array(fc.constantFrom('{"a":1}', 'é', '😀', ' ', '\n', '\r', '\r\n', 'x'), { maxLength: 40 })
      .map((parts) => parts.join(''));
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.nat(), { maxLength: 6 }), async (given, places) => {
        expect(await linesOf(cut(given, places))).toEqual(await readlineLines(given));
      }),
      { numRuns: 300 },
    );
  });
});

describe('validateLines', () => {
  it('counts blank and oversized lines in the line numbers, and reports an oversized line without reading it', async () => {
    const validator = createValidator({ now: new Date('2026-11-24T12:00:00Z') });
    const lines = ['{}', '', `{"name":"${'x'.repeat(100)}"}`, '[', '42'];
    await validateLines(Readable.from([lines.join('\r\n')]), 'in.ndjson', validator, { maxItemBytes: 50 });
    const notices = validator
      .finish()
      .notices.filter((group) => ['item_too_large', 'json_syntax_invalid'].includes(group.code))
      .flatMap((group) => group.samples)
      .map(({ code, params, source }) => ({ code, params, line: source?.line }));
    expect(notices).toEqual([
      { code: 'item_too_large', params: { bytes: 111, limit: 50 }, line: undefined },
      { code: 'json_syntax_invalid', params: { problem: 'a closing ] was expected' }, line: 4 },
    ]);
  });
});
