import cliProgress from 'cli-progress';

/** A progress line while a feed is walked, only on a terminal: logs and CI output stay clean. */
export function createProgress(stream: NodeJS.WriteStream = process.stderr) {
  if (!stream.isTTY) return { update: () => {}, stop: () => {} };
  let bar: cliProgress.SingleBar | undefined;
  return {
    update({ pages, items }: { pages: number; items: number }) {
      if (!bar) {
        bar = new cliProgress.SingleBar(
          { format: 'Walking feed: {pages} pages, {items} items', stream, clearOnComplete: true },
          cliProgress.Presets.shades_classic,
        );
        bar.start(0, 0, { pages, items });
      }
      bar.update(0, { pages, items });
    },
    stop() {
      bar?.stop();
    },
  };
}
