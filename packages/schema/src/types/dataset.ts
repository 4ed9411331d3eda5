import { type Static, Type } from '@sinclair/typebox';
import { DateTime, LanguageTag, List, objectOptions, Ref, StringEnum, Text, WebUrl } from '../primitives.ts';
import { SPEC_BASE_URL, schemaId } from '../spec-version.ts';
import { AdministrativeArea } from './administrative-area.ts';
import { Contact } from './contact.ts';
import { DataDownload } from './data-download.ts';
import { Organization } from './organization.ts';

export const Dataset = Type.Object(
  {
    type: StringEnum(['Dataset'], { description: 'Always `Dataset`.', examples: ['Dataset'] }),
    id: WebUrl({
      description: 'The URL of this descriptor: the root of the publisher’s data.',
      examples: ['https://brightsparksyouth.org.uk/openyouth/'],
    }),
    name: Text(200, {
      description: 'The name of the dataset.',
      examples: ['Bright Sparks Youth Trust activities'],
    }),
    description: Text(2000, {
      description: 'What the dataset holds and who it is for.',
      examples: ['Clubs, groups and holiday activities for young people aged 8 to 19 in east Bristol.'],
    }),
    url: Type.Optional(
      WebUrl({
        description: 'A web page about the dataset for people.',
        examples: ['https://brightsparksyouth.org.uk/open-data'],
      }),
    ),
    publisher: Ref(Organization, { description: 'Who publishes the data.' }),
    license: WebUrl({
      description:
        'The licence the data is published under. An open licence such as CC BY 4.0 or OGL v3 lets every directory reuse it.',
      examples: ['https://creativecommons.org/licenses/by/4.0/'],
    }),
    conformsTo: Type.Optional(
      WebUrl({
        description: 'The version of the OpenYouth standard the data follows.',
        examples: [SPEC_BASE_URL],
        recommended: true,
      }),
    ),
    dateModified: DateTime({
      description: 'When anything in the dataset last changed.',
      examples: ['2026-11-02T09:30:00Z'],
    }),
    contact: Type.Optional(
      Ref(Contact, { description: 'Who to tell about a problem with the data.', recommended: true }),
    ),
    documentation: Type.Optional(
      WebUrl({
        description: 'Documentation for people using the data.',
        examples: ['https://brightsparksyouth.org.uk/open-data/help'],
      }),
    ),
    inLanguage: Type.Optional(
      List(LanguageTag({ description: 'A language tag.' }), {
        maxItems: 10,
        uniqueItems: true,
        description: 'The languages the listings are written in.',
        examples: [['en']],
      }),
    ),
    areaServed: Type.Optional(
      List(Ref(AdministrativeArea, { description: 'An area.' }), {
        maxItems: 500,
        description: 'The areas the dataset covers.',
      }),
    ),
    distribution: List(Ref(DataDownload, { description: 'A feed.' }), {
      maxItems: 20,
      description: 'The feeds the dataset publishes.',
    }),
  },
  objectOptions({
    $id: schemaId('dataset'),
    title: 'Dataset',
    description:
      'The dataset descriptor a publisher serves at the root of its data: who publishes, under what licence, and where the feeds are.',
  }),
);
export type Dataset = Static<typeof Dataset>;
