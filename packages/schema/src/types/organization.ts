import { type Static, Type } from '@sinclair/typebox';
import { Email, objectOptions, StringEnum, Telephone, Text, WebUrl } from '../primitives.ts';
import { schemaId } from '../spec-version.ts';

export const Organization = Type.Object(
  {
    type: StringEnum(['Organization'], {
      description: 'Always `Organization`.',
      examples: ['Organization'],
    }),
    id: WebUrl({
      description:
        'A URL on a domain the publisher controls that names this organisation and never changes, so directories can tell it is the same organisation across feeds.',
      examples: ['https://brightsparksyouth.org.uk/#organization'],
    }),
    name: Text(200, {
      description: 'The name people know the organisation by.',
      examples: ['Bright Sparks Youth Trust'],
    }),
    description: Type.Optional(
      Text(2000, {
        description: 'What the organisation does, in a sentence or two of plain English.',
        examples: ['A youth charity running clubs, mentoring and holiday activities across east Bristol.'],
      }),
    ),
    url: Type.Optional(
      WebUrl({
        description: "The organisation's website.",
        examples: ['https://brightsparksyouth.org.uk/'],
        recommended: true,
      }),
    ),
    email: Type.Optional(
      Email({
        description: 'A public email address for the organisation, never a personal one.',
        examples: ['hello@brightsparksyouth.org.uk'],
        recommended: true,
      }),
    ),
    telephone: Type.Optional(
      Telephone({
        description: 'A public phone number for the organisation.',
        examples: ['0117 496 0123'],
      }),
    ),
    charityNumber: Type.Optional(
      Type.String({
        pattern: '^[A-Z0-9][A-Z0-9 -]{3,14}$',
        maxLength: 15,
        description:
          'The registered charity number: England and Wales (1123456), Scotland (SC012345) or Northern Ireland (NIC100123).',
        examples: ['1123456'],
      }),
    ),
    companyNumber: Type.Optional(
      Type.String({
        pattern: '^([0-9]{8}|[A-Z]{2}[0-9]{6})$',
        maxLength: 8,
        description: 'The Companies House number: eight digits, or two letters and six digits.',
        examples: ['08123456'],
      }),
    ),
  },
  objectOptions({
    $id: schemaId('organization'),
    title: 'Organization',
    description:
      'The organisation that runs a listing or publishes a dataset: a charity, club, council service, school or company.',
  }),
);
export type Organization = Static<typeof Organization>;
