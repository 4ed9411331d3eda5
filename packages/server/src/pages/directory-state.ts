/** The directory page keeps all its state in the URL: the search and the shortlist (`saved`). */
export interface DirectoryState {
  search: URLSearchParams;
  saved: string[];
}

const asArray = (value: unknown): string[] =>
  value === undefined ? [] : (Array.isArray(value) ? value : [value]).map(String);

export function readState(query: Record<string, unknown>): DirectoryState {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    if (name === 'saved' || name === 'id') continue;
    for (const item of asArray(value)) if (item !== '') search.append(name, item);
  }
  return { search, saved: [...new Set(asArray(query.saved))].filter((id) => id !== '').slice(0, 50) };
}

/** A directory URL carrying the search and the given shortlist. */
export function stateUrl(
  path: string,
  search: URLSearchParams,
  saved: readonly string[],
  extra: Record<string, string> = {},
) {
  const parameters = new URLSearchParams(search);
  for (const [name, value] of Object.entries(extra)) parameters.set(name, value);
  for (const id of saved) parameters.append('saved', id);
  const text = parameters.toString();
  return text ? `${path}?${text}` : path;
}

export const shortlistUrl = (saved: readonly string[]) =>
  stateUrl('/directory/shortlist', new URLSearchParams(), saved);
