import type { Readable } from 'node:stream';

const LF = 10;
const CR = 13;

export interface LineHandlers {
  /** Lines longer than this many bytes are not decoded; `tooLarge` gets their size instead. */
  maxBytes: number;
  line(text: string): void;
  tooLarge(bytes: number): void;
}

/**
 * Calls `line` with each line of a stream, in order; lines end at \n, \r\n or a lone \r, as
 * readline counts them. Each line is decoded once, straight from the bytes read, and the next chunk
 * is read only when the lines of this one have been handled, so memory holds one chunk, not a queue
 * of lines waiting (which a long check would otherwise keep alive long enough to reach the old
 * generation of the heap).
 */
export async function readLines(stream: Readable, handlers: LineHandlers): Promise<void> {
  // The start of a line that continues into the next chunk, unless it is already too large.
  let carried: Buffer[] = [];
  let carriedBytes = 0;
  // A \r ended the last chunk: a \n starting the next one belongs to the same line break.
  let afterCr = false;

  const finish = (chunk: Buffer, start: number, end: number) => {
    const bytes = carriedBytes + end - start;
    if (bytes > handlers.maxBytes) handlers.tooLarge(bytes);
    else if (carried.length === 0) handlers.line(chunk.toString('utf8', start, end));
    else handlers.line(Buffer.concat([...carried, chunk.subarray(start, end)]).toString('utf8'));
    carried = [];
    carriedBytes = 0;
  };

  for await (const data of stream) {
    const chunk = typeof data === 'string' ? Buffer.from(data, 'utf8') : (data as Buffer);
    let start = afterCr && chunk[0] === LF ? 1 : 0;
    afterCr = false;
    let lf = chunk.indexOf(LF, start);
    let cr = chunk.indexOf(CR, start);
    while (lf !== -1 || cr !== -1) {
      const end = cr === -1 || (lf !== -1 && lf < cr) ? lf : cr;
      finish(chunk, start, end);
      start = end + 1;
      if (end === cr) {
        if (start === chunk.length) afterCr = true;
        else if (chunk[start] === LF) start++;
        cr = chunk.indexOf(CR, start);
      }
      if (lf !== -1 && lf < start) lf = chunk.indexOf(LF, start);
    }
    if (start < chunk.length) {
      carriedBytes += chunk.length - start;
      // Past the limit only the size is kept, so one huge line cannot exhaust memory.
      if (carriedBytes > handlers.maxBytes) carried = [];
      else carried.push(chunk.subarray(start));
    }
  }
  if (carriedBytes > 0) finish(Buffer.alloc(0), 0, 0);
}
