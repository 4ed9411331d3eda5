export {
  type ApiResult,
  type ClientOptions,
  createClient,
  type ListOrganizationsQuery,
  type OpenYouthClient,
  type Problem,
  type SearchListingsQuery,
  type VocabularyName,
} from './api/client.ts';
export { type CreateDatasetOptions, createDataset, type DatasetFeed } from './dataset/create-dataset.ts';
export {
  FeedLoopError,
  FeedPageError,
  HttpError,
  isFeedLoopError,
  isFeedPageError,
  isHttpError,
  isNetworkError,
  isResponseTooLargeError,
  isSdkError,
  isTimeoutError,
  NetworkError,
  ResponseTooLargeError,
  SDK_ERRORS,
  SdkError,
  type SdkErrorCode,
  TimeoutError,
} from './errors.ts';
export type { ReceivedFeedItem, ReceivedFeedPage } from './feed/check-page.ts';
export {
  compareFeedOrder,
  compareModified,
  isAfterPosition,
  type Modified,
  toModified,
} from './feed/modified.ts';
export {
  defaultUserAgent,
  type FeedPageEvent,
  type FeedPosition,
  FeedReader,
  type FeedStats,
  type ReadFeedOptions,
  readFeed,
  type WalkedPage,
} from './feed/read-feed.ts';
export type {
  components as ApiComponents,
  operations as ApiOperations,
  paths as ApiPaths,
} from './generated/paths.d.ts';
export {
  type GuardedType,
  isDataDownload,
  isDataset,
  isFeedItem,
  isFeedPage,
  isListing,
  isOrganization,
  isPlace,
  isVocabularyDocument,
  schemaErrors,
} from './guards.ts';
export { parseJsonExact, stringifyJsonExact } from './internal/json.ts';
export {
  type CreateFeedPageOptions,
  createFeedPage,
  type FeedPageResult,
  type FeedQuery,
  FULL_PAGE_CACHE_CONTROL,
  LAST_PAGE_CACHE_CONTROL,
  type PublishableItem,
  parseFeedQuery,
} from './publish/create-feed-page.ts';
export { type FeedPluginOptions, openYouthFeed } from './publish/fastify-plugin.ts';
export { createFeedHandler } from './publish/node-handler.ts';
export { answerFeedRequest, type FeedResponse, type ServeFeedOptions } from './publish/serve-feed.ts';
export type * from './types.ts';
export { SDK_VERSION } from './version.ts';
