import { type Static, Type } from '@sinclair/typebox';
import { Email, objectOptions, Telephone, Text, WebUrl } from '../primitives.ts';
import { schemaId } from '../spec-version.ts';

export const Contact = Type.Object(
  {
    name: Type.Optional(
      Text(100, {
        description:
          'Who answers: a team or a role rather than a named person, so the listing stays true when staff change.',
        examples: ['Youth team'],
      }),
    ),
    email: Type.Optional(
      Email({ description: 'A public email address.', examples: ['youth@brightsparksyouth.org.uk'] }),
    ),
    telephone: Type.Optional(
      Telephone({ description: 'A public phone number.', examples: ['0117 496 0123'] }),
    ),
    url: Type.Optional(
      WebUrl({
        description: 'A web page with contact details or a contact form.',
        examples: ['https://brightsparksyouth.org.uk/contact'],
      }),
    ),
    hours: Type.Optional(
      Text(200, {
        description: 'When someone will answer, in plain words.',
        examples: ['Weekdays 10am to 4pm'],
      }),
    ),
  },
  objectOptions({
    $id: schemaId('contact'),
    title: 'Contact',
    description: 'How to get in touch about a listing. Public contact details only.',
    minProperties: 1,
  }),
);
export type Contact = Static<typeof Contact>;
