/** What one page contributes to the checks across a feed, and where notices go. */
export type FeedEmit = (code: string, instancePath: string, params: Record<string, unknown>) => void;

interface Item {
  id?: unknown;
  modified?: unknown;
}

/** RPDE 1.0 ordering: by modified, then by id as a string, each strictly after the one before. */
function isAfter(modified: number, id: string, previousModified: number, previousId: string): boolean {
  return modified > previousModified || (modified === previousModified && id > previousId);
}

/**
 * Checks across the pages of one feed, in the order a reader follows them. Only what RPDE 1.0 and
 * OpenActive's rpde-validator require is an error; the rest are warnings.
 */
export function createFeedChecks() {
  let previous: { id: string; modified: number } | undefined;
  const seen = new Map<string, number>();

  return {
    /** Checks the items of a page: ordering, and repeats of the same item version. */
    page(page: { items?: unknown; next?: unknown }, emit: FeedEmit) {
      const items = Array.isArray(page.items) ? (page.items as Item[]) : [];
      items.forEach((item, index) => {
        if (typeof item?.id !== 'string' || typeof item.modified !== 'number') return;
        const { id, modified } = item;
        if (previous && !isAfter(modified, id, previous.modified, previous.id)) {
          if (seen.get(id) === modified) {
            emit('rpde_item_repeated', `/items/${index}`, { id, modified });
          } else {
            emit('rpde_items_out_of_order', `/items/${index}`, {
              id,
              modified,
              previousId: previous.id,
              previousModified: previous.modified,
            });
          }
        }
        seen.set(id, modified);
        previous = { id, modified };
      });
      const last = items.at(-1);
      // The afterTimestamp/afterId query is RPDE's recommended paging, not a requirement: check it only when used.
      if (last && typeof page.next === 'string') {
        const next = safeUrl(page.next);
        const afterId = next?.searchParams.get('afterId');
        const afterTimestamp =
          next?.searchParams.get('afterTimestamp') ?? next?.searchParams.get('afterChangeNumber');
        if (
          afterId !== null &&
          afterId !== undefined &&
          afterTimestamp !== null &&
          afterTimestamp !== undefined &&
          (afterId !== String(last.id) || afterTimestamp !== String(last.modified))
        ) {
          emit('rpde_next_not_after_last_item', '/next', {
            next: page.next,
            lastId: last.id,
            lastModified: last.modified,
          });
        }
      }
    },
  };
}

function safeUrl(text: string): URL | undefined {
  try {
    return new URL(text);
  } catch {
    return undefined;
  }
}

/** The max-age of a Cache-Control header, in seconds, if it has one. */
export function maxAgeOf(cacheControl: string | undefined): number | undefined {
  const match = /(?:^|,)\s*(?:s-)?max-age=(\d+)/i.exec(cacheControl ?? '');
  return match ? Number(match[1]) : undefined;
}

export type FeedChecks = ReturnType<typeof createFeedChecks>;
