import type { TObject } from '@sinclair/typebox';
import * as types from './types/index.ts';

/**
 * Every named type of the standard, in the order the reference documentation lists them. Each is
 * published as its own JSON Schema file, and other types point at it with `$ref`.
 */
export const namedSchemas: readonly (TObject & { $id: string; title: string })[] = [
  types.Listing,
  types.Organization,
  types.Place,
  types.PostalAddress,
  types.GeoCoordinates,
  types.AdministrativeArea,
  types.OnlineDetails,
  types.Schedule,
  types.Offer,
  types.AgeRange,
  types.AgeRestriction,
  types.Referral,
  types.ConsentAndAccompaniment,
  types.Safeguarding,
  types.SafeguardingLead,
  types.QualityMark,
  types.Registration,
  types.Space,
  types.Inclusion,
  types.FirstVisit,
  types.Endings,
  types.FollowOn,
  types.Contact,
  types.Image,
  types.FeedPage,
  types.FeedItem,
  types.Dataset,
  types.DataDownload,
  types.VocabularyDocument,
  types.ConceptDocument,
  types.ConceptMappingDocument,
] as (TObject & { $id: string; title: string })[];

/** The file name a schema is published under, taken from the end of its `$id`. */
export function schemaFileName(schema: { $id: string }): string {
  return schema.$id.slice(schema.$id.lastIndexOf('/') + 1);
}
