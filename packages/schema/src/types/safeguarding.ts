import { type Static, Type } from '@sinclair/typebox';
import {
  DateOnly,
  Email,
  Flag,
  List,
  objectOptions,
  Ref,
  StringEnum,
  Telephone,
  Text,
  WebUrl,
} from '../primitives.ts';
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

export const REGULATORS = ['ofsted', 'care-inspectorate', 'care-inspectorate-wales', 'rqia', 'cqc'] as const;

export const Registration = Type.Object(
  {
    regulator: StringEnum(REGULATORS, {
      description:
        'The regulator: `ofsted` (England), `care-inspectorate` (Scotland), `care-inspectorate-wales`, `rqia` (Northern Ireland), or `cqc` for health services in England.',
      examples: ['ofsted'],
    }),
    reference: Text(20, {
      description: 'The registration or unique reference number the regulator gave.',
      examples: ['EY123456'],
    }),
    url: Type.Optional(
      WebUrl({
        description: 'The public record or latest inspection report.',
        examples: ['https://reports.ofsted.gov.uk/provider/16/EY123456'],
      }),
    ),
  },
  objectOptions({
    $id: schemaId('registration'),
    title: 'Registration',
    description: 'A registration with an inspectorate or regulator, which anyone can check.',
  }),
);
export type Registration = Static<typeof Registration>;

export const Safeguarding = Type.Object(
  {
    policyUrl: Type.Optional(
      WebUrl({
        description: 'The published safeguarding policy.',
        examples: ['https://brightsparksyouth.org.uk/safeguarding'],
        recommended: true,
      }),
    ),
    staffBackgroundChecked: Type.Optional(
      Flag({
        description:
          'True when every member of staff and every volunteer working with young people has the enhanced check for their nation: DBS (England and Wales), PVG (Scotland) or AccessNI (Northern Ireland).',
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
    registrations: Type.Optional(
      List(Ref(Registration, { description: 'A registration.' }), {
        maxItems: 10,
        description: 'Registrations with an inspectorate or regulator, such as Ofsted for a holiday club.',
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
