import { PostgresStore } from './postgres-store.ts';
import { SqliteStore } from './sqlite-store.ts';
import type { Store } from './types.ts';

/** Whether a store location names a PostgreSQL database rather than an embedded file. */
export const isPostgresLocation = (location: string) => /^postgres(ql)?:\/\//.test(location);

/**
 * Opens the store a location names: a `postgres://` or `postgresql://` URL opens PostgreSQL,
 * anything else is the path of an embedded SQLite file (`:memory:` for a throwaway one).
 */
export async function createStore(location: string): Promise<Store> {
  if (isPostgresLocation(location)) return PostgresStore.open(location);
  return new SqliteStore(location);
}
