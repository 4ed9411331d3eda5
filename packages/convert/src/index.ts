export {
  type CheckedListing,
  type CheckOptions,
  checkListings,
  findInListings,
  type ListingFindings,
  validateConverted,
} from './check-listings.ts';
export { detectFormat, type InputFormat } from './detect.ts';
export { CONVERT_ERRORS, ConvertError, type ConvertErrorCode, isConvertError } from './errors.ts';
export { type FeedPageOptions, listingsIn, listingsToFeedPage } from './feed-page.ts';
export { jsonLdScriptTag, listingsToJsonLd, listingToJsonLd } from './jsonld/to-jsonld.ts';
export { type ReadRpdeFeedOptions, readRpdeFeed } from './openactive/client.ts';
export { type OpenActiveToListingsOptions, openActiveToListings } from './openactive/to-listings.ts';
export { openYouthToListings } from './openyouth/to-listings.ts';
export { type OrukApiContents, type ReadOrukApiOptions, readOrukApi } from './oruk/client.ts';
export { listingsToOruk, orukPage, orukServiceId } from './oruk/from-listings.ts';
export { DAY_CODES } from './oruk/schedule.ts';
export { type OrukToListingsOptions, orukToListings, servicesIn } from './oruk/to-listings.ts';
export { type ConvertUrlOptions, convertUrl } from './read-url.ts';
export {
  type ConversionNotice,
  hasUnconvertedItems,
  type NoticeKind,
  type QualityFinding,
  ReportBuilder,
} from './report.ts';
export type { ListingsResult, OutputResult } from './result.ts';
export { type Column, SHEETS, type SheetSpec } from './spreadsheet/columns.ts';
export { type CsvFiles, csvTemplate, csvToListings, listingsToCsv } from './spreadsheet/csv.ts';
export { type ReadSheetsOptions, readSheets, type SheetData, writeSheets } from './spreadsheet/workbook.ts';
export { listingsToXlsx, xlsxTemplate, xlsxToListings } from './spreadsheet/xlsx.ts';
export { conceptUri, matchTerm, type VocabularyMatch } from './vocab-mapping.ts';
