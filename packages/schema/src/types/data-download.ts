import { type Static, Type } from '@sinclair/typebox';
import { objectOptions, StringEnum, Text, WebUrl } from '../primitives.ts';
import { schemaId } from '../spec-version.ts';

export const RPDE_MEDIA_TYPE = 'application/vnd.openactive.rpde+json; version=1';

export const DataDownload = Type.Object(
  {
    type: StringEnum(['DataDownload'], { description: 'Always `DataDownload`.', examples: ['DataDownload'] }),
    name: Text(200, { description: 'What the feed holds.', examples: ['Listings'] }),
    kind: StringEnum(['Listing'], {
      description: 'The RPDE `kind` of the feed’s items.',
      examples: ['Listing'],
    }),
    contentUrl: WebUrl({
      description: 'The first page of the feed.',
      examples: ['https://brightsparksyouth.org.uk/feeds/listings'],
    }),
    encodingFormat: StringEnum([RPDE_MEDIA_TYPE], {
      description: 'The format of the feed: an RPDE 1.0 change feed.',
      examples: [RPDE_MEDIA_TYPE],
    }),
  },
  objectOptions({
    $id: schemaId('data-download'),
    title: 'DataDownload',
    description: 'A feed a dataset publishes.',
  }),
);
export type DataDownload = Static<typeof DataDownload>;
