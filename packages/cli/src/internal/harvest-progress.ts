import cliProgress from 'cli-progress';

interface SourceDone {
  sourceId: string;
  ok: boolean;
}

export interface HarvestProgress {
  page(progress: { sourceId: string; pages: number; items: number }): void;
  done(result: SourceDone): void;
  stop(): void;
}

const count = (n: number, noun: string) => `${n.toLocaleString('en-GB')} ${noun}${n === 1 ? '' : 's'}`;

const NO_PROGRESS: HarvestProgress = { page: () => {}, done: () => {}, stop: () => {} };

/**
 * On a terminal: a line for the whole run, and beneath it one for each source being harvested. A
 * source's line goes when it is done, so a catalogue of a hundred sources needs no more lines than
 * the sources harvested at once (one line a source scrolled the terminal into a mess); the run's
 * line stays as its summary. Nothing on a pipe: logs and CI output stay clean.
 */
export function harvestProgress(
  sourceIds: readonly string[],
  stream: NodeJS.WriteStream = process.stderr,
): HarvestProgress {
  if (!stream.isTTY) return NO_PROGRESS;
  const width = Math.max(...sourceIds.map((id) => id.length));
  const bars = new cliProgress.MultiBar(
    { stream, hideCursor: true, format: '{source} {read}' },
    cliProgress.Presets.shades_classic,
  );
  let items = 0;
  let failed = 0;
  const runPayload = () => ({ failed, items: count(items, 'item') });
  const overall = bars.create(sourceIds.length, 0, runPayload(), {
    format: '{bar} {value}/{total} sources done, {failed} failed · {items} · {duration_formatted}',
  });
  // One row a source being harvested, top to bottom. cli-progress skips redrawing a bar whose text
  // did not change, so a bar removed from the middle would leave the rows below it stale on screen:
  // a finished source's row takes over the bottom row's source, and the bottom bar goes.
  const rows: { sourceId: string; items: number; read: string; bar: cliProgress.SingleBar }[] = [];
  const show = (row: (typeof rows)[number]) =>
    row.bar.update(0, { source: row.sourceId.padEnd(width), read: row.read });
  return {
    page({ sourceId, pages, items: read }) {
      let row = rows.find((candidate) => candidate.sourceId === sourceId);
      if (!row) {
        row = { sourceId, items: 0, read: '', bar: bars.create(0, 0) };
        rows.push(row);
      }
      items += read - row.items;
      row.items = read;
      row.read = `${count(pages, 'page')}, ${count(read, 'item')}`;
      show(row);
      overall.update(runPayload());
    },
    done({ sourceId, ok }) {
      const index = rows.findIndex((row) => row.sourceId === sourceId);
      const last = rows.at(-1);
      if (index >= 0 && last) {
        const row = rows[index] as (typeof rows)[number];
        if (row !== last) {
          Object.assign(row, { sourceId: last.sourceId, items: last.items, read: last.read });
          show(row);
        }
        bars.remove(last.bar);
        rows.pop();
      }
      if (!ok) failed++;
      overall.increment(1, runPayload());
    },
    stop: () => bars.stop(),
  };
}
