import { Writable } from 'node:stream';
import { setTimeout as sleep } from 'node:timers/promises';
import xterm from '@xterm/headless';
import { describe, expect, it } from 'vitest';
import { harvestProgress } from '../src/internal/harvest-progress.ts';

/**
 * A terminal emulator of `rows` lines that the progress display writes to, as to a real one (whose
 * tty driver turns each newline into a carriage return and a newline: `convertEol`).
 */
function terminal(rows: number) {
  const screen = new xterm.Terminal({
    cols: 100,
    rows,
    scrollback: 1000,
    convertEol: true,
    allowProposedApi: true,
  });
  const stream = Object.assign(
    new Writable({ write: (chunk, _encoding, done) => screen.write(String(chunk), () => done()) }),
    { isTTY: true, columns: 100 },
  ) as unknown as NodeJS.WriteStream;
  /** Every line shown or scrolled off, once all written so far is drawn. */
  const lines = async () => {
    await new Promise<void>((resolve) => screen.write('', resolve));
    const buffer = screen.buffer.active;
    return Array.from(
      { length: buffer.length },
      (_, row) => buffer.getLine(row)?.translateToString(true) ?? '',
    )
      .map((line) => line.trimEnd())
      .filter((line) => line !== '');
  };
  return { stream, lines };
}

const ids = Array.from({ length: 30 }, (_, n) => `provider-${n}`);

describe('harvestProgress', () => {
  it('shows only the sources being harvested and the run, however many sources there are', async () => {
    const { stream, lines } = terminal(10);
    const progress = harvestProgress(ids, stream);
    const drawn = async () => {
      await sleep(250);
      return lines();
    };
    for (let first = 0; first < ids.length; first += 3) {
      const batch = ids.slice(first, first + 3);
      for (const sourceId of batch) progress.page({ sourceId, pages: 1, items: 500 });
      for (const sourceId of batch) progress.page({ sourceId, pages: 2, items: 1000 });
      if (first === 9) {
        const shown = await drawn();
        expect(shown[0]).toMatch(/ 9\/30 sources done, 1 failed · 12,000 items · \d+s$/);
        expect(shown.slice(1)).toEqual([
          'provider-9  2 pages, 1,000 items',
          'provider-10 2 pages, 1,000 items',
          'provider-11 2 pages, 1,000 items',
        ]);
        // The middle one finishes first: no trace of it stays between the other two.
        progress.done({ sourceId: 'provider-10', ok: true });
        expect((await drawn()).slice(1)).toEqual([
          'provider-9  2 pages, 1,000 items',
          'provider-11 2 pages, 1,000 items',
        ]);
      }
      for (const sourceId of batch) {
        if (sourceId !== 'provider-10') progress.done({ sourceId, ok: sourceId !== 'provider-4' });
      }
    }
    progress.stop();
    // Nothing left of the sources' lines, on the screen or scrolled off it: the run's line alone.
    const shown = await lines();
    expect(shown, JSON.stringify(shown)).toHaveLength(1);
    expect(shown[0]).toMatch(/ 30\/30 sources done, 1 failed · 30,000 items · \d+s$/);
  });

  it('writes nothing when the stream is not a terminal', () => {
    const written: string[] = [];
    const stream = new Writable({
      write: (chunk, _encoding, done) => {
        written.push(String(chunk));
        done();
      },
    }) as unknown as NodeJS.WriteStream;
    const progress = harvestProgress(ids, stream);
    progress.page({ sourceId: 'provider-0', pages: 1, items: 1 });
    progress.done({ sourceId: 'provider-0', ok: true });
    progress.stop();
    expect(written).toEqual([]);
  });
});
