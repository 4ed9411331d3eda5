export { type AddressAllowance, assertFetchableUrl, PUBLIC_ONLY, refusalReason } from './address-policy.ts';
export { type Catalogue, loadCatalogue, parseCatalogue, selectSources } from './catalogue.ts';
export { type Candidate, clusterListings, type MergedListing } from './dedupe/cluster.ts';
export { type Match, type MatchReason, matchListings, NAME_SIMILARITY_THRESHOLD } from './dedupe/match.ts';
export { AGGREGATOR_ERRORS, AggregatorError, type AggregatorErrorCode } from './errors.ts';
export { AGEING_AFTER_DAYS, type Freshness, freshnessOf, STALE_AFTER_DAYS } from './freshness.ts';
export { assertHostAllowed, createGuardedAgent } from './guarded-agent.ts';
export { validatorCheck } from './harvest/check.ts';
export { defaultHarvestOptions } from './harvest/default-options.ts';
export { type HarvestCatalogueOptions, harvestCatalogue } from './harvest/harvest-catalogue.ts';
export { type HarvestSourceOptions, harvestSource } from './harvest/harvest-source.ts';
export {
  openActiveItem,
  orukReader,
  readerFor,
  spreadsheetReader,
} from './harvest/readers/converted-readers.ts';
export { openYouthItem, type RpdeReaderOptions, rpdeReader } from './harvest/readers/rpde-reader.ts';
export { type RetiredSource, removeRetiredSources, retiredSources } from './harvest/retired-sources.ts';
export type { CheckListings, SourcePage, SourceReader, SourceResult } from './harvest/types.ts';
export { type HarvestOnThreadOptions, harvestOnThread } from './harvest-on-thread.ts';
export { type MergeSummary, rebuildMergedView } from './merge.ts';
export { type MergeAlongside, mergeAlongside } from './merge-alongside.ts';
export {
  type PublishOutcome,
  publisherSourceId,
  publishListing,
  type WithdrawOutcome,
  withdrawListing,
} from './publishing/publish-listing.ts';
export {
  authenticatePublisher,
  hashPublisherKey,
  issuePublisherKey,
  publisherKeyId,
} from './publishing/publisher-keys.ts';
export {
  type SourceHealth,
  sourceHealth,
  sourceHealthHtml,
  sourceHealthSummary,
} from './report/source-health.ts';
export { PROVENANCE_PROPERTY, type RepublishOptions, republishedFeedPage } from './republish.ts';
export { createStore, isPostgresLocation } from './store/create-store.ts';
export { modifiedKey } from './store/modified-key.ts';
export type {
  ApplyResult,
  DedupeEntry,
  HarvestedItem,
  HarvestedPage,
  ItemRef,
  MergedRecord,
  MergeStep,
  Provenance,
  PublisherKey,
  SourceConfig,
  SourceFormat,
  SourceState,
  Store,
  StoredItem,
  StoredMerged,
  StoredNotice,
} from './store/types.ts';
