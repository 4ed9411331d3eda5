import type { Listing } from '@openyouth/schema';
import type { ConversionNotice } from './report.ts';

/** What a converter into OpenYouth returns: the valid listings and what could not be carried. */
export interface ListingsResult {
  readonly listings: Listing[];
  readonly report: ConversionNotice[];
}

/** What a converter out of OpenYouth returns: the document(s) made and what could not be carried. */
export interface OutputResult<T> {
  readonly output: T;
  readonly report: ConversionNotice[];
}
