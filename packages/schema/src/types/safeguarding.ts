import { type Static, Type } from '@sinclair/typebox';
import { DateOnly, Email, Flag, List, objectOptions, Ref, Telephone, Text, WebUrl } from '../primitives.ts';
import { schemaId } from '../spec-version.ts';

export const QualityMark = Type.Object(
  {
    name: Text(150, {
      description: 'The name of the quality mark, accreditation or registration.',
      examples: ['Quality Mark for Youth Work (Bronze)'],
    }),
    url: Type.Optional(
      WebUrl({
        description: 'Where the award can be checked.',
        examples: ['https://example-awarding-body.org.uk/awards/12345'],
      }),
    ),
    validUntil: Type.Optional(
      DateOnly({ description: 'When the award runs out.', examples: ['2027-03-31'] }),
    ),
  },
  objectOptions({
    $id: schemaId('quality-mark'),
    title: 'QualityMark',
    description: 'A quality mark, accreditation or registration held by the provider.',
  }),
);
export type QualityMark = Static<typeof QualityMark>;

export const SafeguardingLead = Type.Object(
  {
    role: Text(100, {
      description: 'The role of the designated safeguarding lead, never a personal name.',
      examples: ['Designated Safeguarding Lead, Youth Services'],
    }),
    email: Type.Optional(
      Email({
        description: 'A role email address for safeguarding concerns.',
        examples: ['safeguarding@brightsparksyouth.org.uk'],
      }),
    ),
    telephone: Type.Optional(
      Telephone({ description: 'A phone number for safeguarding concerns.', examples: ['0117 496 0125'] }),
    ),
  },
  objectOptions({
    $id: schemaId('safeguarding-lead'),
    title: 'SafeguardingLead',
    description: 'How to reach the designated safeguarding lead, by role.',
  }),
);
export type SafeguardingLead = Static<typeof SafeguardingLead>;

export const Safeguarding = Type.Object(
  {
    policyUrl: Type.Optional(
      WebUrl({
        description: 'The published safeguarding policy.',
        examples: ['https://brightsparksyouth.org.uk/safeguarding'],
        recommended: true,
      }),
    ),
    staffDbsChecked: Type.Optional(
      Flag({
        description:
          'True when every member of staff and every volunteer working with young people has an enhanced DBS check.',
        examples: [true],
        recommended: true,
      }),
    ),
    designatedSafeguardingLead: Type.Optional(
      Ref(SafeguardingLead, {
        description: 'How to reach the designated safeguarding lead.',
        recommended: true,
      }),
    ),
    staffTrainedInMentalHealth: Type.Optional(
      Flag({
        description:
          'True when staff running it are trained in youth mental health, such as Youth Mental Health First Aid.',
        examples: [true],
      }),
    ),
    trainingDescription: Type.Optional(
      Text(500, {
        description: 'What training staff have, in plain words.',
        examples: ['All youth workers hold Youth Mental Health First Aid and Level 3 safeguarding training.'],
      }),
    ),
    qualityMarks: Type.Optional(
      List(Ref(QualityMark, { description: 'A quality mark.' }), {
        maxItems: 20,
        description: 'Quality marks, accreditations and registrations the provider holds.',
      }),
    ),
    insured: Type.Optional(
      Flag({ description: 'True when the provider holds public liability insurance.', examples: [true] }),
    ),
    ofstedUrn: Type.Optional(
      Type.String({
        pattern: '^[A-Z]{0,2}[0-9]{6,7}$',
        maxLength: 9,
        description: 'The Ofsted unique reference number, for provision registered with Ofsted.',
        examples: ['EY123456'],
      }),
    ),
  },
  objectOptions({
    $id: schemaId('safeguarding'),
    title: 'Safeguarding',
    description: 'How the provider keeps young people safe and how it can be checked.',
    minProperties: 1,
  }),
);
export type Safeguarding = Static<typeof Safeguarding>;
