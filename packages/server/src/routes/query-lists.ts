import type { FastifyRequest } from 'fastify';

/**
 * Splits comma-separated list parameters (`category=music,dance`, the spec's `style: form,
 * explode: false`) before validation; a repeated parameter (`category=music&category=dance`) works too.
 */
export function splitListParameters(names: readonly string[]) {
  return async (request: FastifyRequest) => {
    const query = request.query as Record<string, unknown>;
    for (const name of names) {
      const value = query[name];
      if (value === undefined) continue;
      query[name] = (Array.isArray(value) ? value : [value])
        .flatMap((part) => String(part).split(','))
        .filter((part) => part !== '');
    }
  };
}

/** The request's own query with `page` replaced: the `next` link of a paged answer. */
export function pageLink(url: string, page: number): string {
  const [path = '/', search = ''] = url.split('?');
  const parameters = new URLSearchParams(search);
  parameters.set('page', String(page));
  return `${path}?${parameters.toString()}`;
}
