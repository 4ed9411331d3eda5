import { PostgresStore } from './postgres-store.ts';
import { SqliteStore } from './sqlite-store.ts';
import type { Store } from './types.ts';

/**
 * Opens the store a location names: a `postgres://` or `postgresql://` URL opens PostgreSQL,
 * anything else is the path of an embedded SQLite file (`:memory:` for a throwaway one).
 */
export async function createStore(location: string): Promise<Store> {
  if (/^postgres(ql)?:\/\//.test(location)) return PostgresStore.open(location);
  return new SqliteStore(location);
}
