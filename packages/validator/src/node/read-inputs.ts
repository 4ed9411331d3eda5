import { createReadStream } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { Validator } from '../validator.ts';
import { type FetchOptions, validateUrl } from './fetch-feed.ts';
import { type LineHandlers, readLines } from './read-lines.ts';

export interface InputOptions extends FetchOptions {
  /** Lines of NDJSON longer than this are reported, not parsed. Default 1 MiB. */
  maxItemBytes?: number;
  /** Standard input, for `-`. */
  stdin?: Readable;
}

const DATA_FILE = /\.(json|ndjson|jsonl)$/i;
const LINE_FILE = /\.(ndjson|jsonl)$/i;

/** Every data file named, with folders searched recursively, in a stable order. */
async function expand(path: string, validator: Validator): Promise<string[]> {
  const info = await stat(path).catch(() => undefined);
  if (!info) {
    validator.problem({
      code: 'OY_ERR_VALIDATOR_INPUT_NOT_FOUND',
      message: `${path}: no such file or folder. Check the path and try again.`,
      input: path,
    });
    return [];
  }
  if (!info.isDirectory()) return [path];
  const entries = await readdir(path, { recursive: true });
  return entries
    .filter((entry) => DATA_FILE.test(entry))
    .sort()
    .map((entry) => join(path, entry));
}

/** Reads NDJSON line by line, so memory stays flat however long the file is. */
export async function validateLines(
  stream: Readable,
  name: string,
  validator: Validator,
  options: InputOptions,
  firstLine?: string,
): Promise<void> {
  const limit = options.maxItemBytes ?? 1024 * 1024;
  let number = 0;
  const sourceOf = () => ({ name, line: number, inputKind: 'ndjson' as const, documentName: name });
  const handlers: LineHandlers = {
    maxBytes: limit,
    line(line) {
      number++;
      if (line.trim() !== '') validator.text(line, sourceOf());
    },
    tooLarge(bytes) {
      number++;
      validator.notice('item_too_large', sourceOf(), '', { bytes, limit });
    },
  };
  if (firstLine !== undefined) {
    const bytes = Buffer.byteLength(firstLine);
    if (bytes > limit) handlers.tooLarge(bytes);
    else handlers.line(firstLine);
  }
  await readLines(stream, handlers);
}

async function validateFile(path: string, validator: Validator, options: InputOptions) {
  try {
    if (LINE_FILE.test(path)) {
      await validateLines(createReadStream(path), path, validator, options);
    } else {
      validator.text(await readFile(path, 'utf8'), { name: path });
    }
  } catch (error) {
    validator.problem({
      code: 'OY_ERR_VALIDATOR_INPUT_UNREADABLE',
      message: `${path}: could not be read (${(error as Error).message}).`,
      input: path,
    });
  }
}

/**
 * Standard input is NDJSON when its first line is a JSON document on its own; otherwise one JSON
 * document (a pretty-printed one starts with a line holding only `{` or `[`).
 */
async function validateStdin(stream: Readable, validator: Validator, options: InputOptions) {
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY })[
    Symbol.asyncIterator
  ]();
  const first = await lines.next();
  if (first.done) {
    validator.text('', { name: '-' });
    return;
  }
  const firstLine = first.value;
  let isNdjson = false;
  try {
    const value: unknown = JSON.parse(firstLine);
    isNdjson = typeof value === 'object' && value !== null && !Array.isArray(value);
  } catch {
    isNdjson = false;
  }
  const rest: string[] = [];
  if (isNdjson) {
    const { Readable: ReadableStream } = await import('node:stream');
    const remaining = ReadableStream.from(
      (async function* () {
        for (let next = await lines.next(); !next.done; next = await lines.next()) yield `${next.value}\n`;
      })(),
    );
    await validateLines(remaining, '-', validator, options, firstLine);
    return;
  }
  for (let next = await lines.next(); !next.done; next = await lines.next()) rest.push(next.value);
  validator.text([firstLine, ...rest].join('\n'), { name: '-' });
}

/** Reads every input (files, folders, `-` for standard input, http(s) URLs) into the validator. */
export async function readInputs(
  inputs: readonly string[],
  validator: Validator,
  options: InputOptions = {},
) {
  for (const input of inputs) {
    if (input === '-') {
      await validateStdin(options.stdin ?? process.stdin, validator, options);
    } else if (/^https?:\/\//i.test(input)) {
      await validateUrl(input, validator, options);
    } else {
      for (const path of await expand(input, validator)) await validateFile(path, validator, options);
    }
  }
}
