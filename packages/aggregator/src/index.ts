export { createStore } from './store/create-store.ts';
export { modifiedKey } from './store/modified-key.ts';
export type {
  ApplyResult,
  HarvestedItem,
  HarvestedPage,
  SourceConfig,
  SourceFormat,
  SourceState,
  Store,
  StoredItem,
  StoredNotice,
} from './store/types.ts';
