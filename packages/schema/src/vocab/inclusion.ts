// Accessibility and inclusion features of an opportunity or its venue. Our own terms; no
// mappings: OpenActive's separate accessibility-support list was not available to verify,
// and the LGA/ESD lists do not cover venue features. Whether a quiet space is available is
// a separate yes/no field of a listing, not a term here.
import type { Vocabulary } from './types.ts';

export const inclusion = {
  id: 'inclusion',
  title: 'Inclusion and accessibility',
  description:
    'Features of an opportunity or its venue that make it accessible and inclusive. A listing should only claim a feature that is reliably in place.',
  concepts: [
    {
      id: 'wheelchair-accessible',
      label: 'Wheelchair accessible',
      definition:
        'A wheelchair user can get in and use all the spaces the activity uses, including doors, lifts and room layout.',
    },
    {
      id: 'step-free-access',
      label: 'Step-free access',
      definition:
        'You can get from the street to the activity without steps, using level ground, ramps or a lift.',
    },
    {
      id: 'accessible-toilet',
      label: 'Accessible toilet',
      definition: 'A wheelchair-accessible toilet is available during the activity.',
    },
    {
      id: 'changing-places-toilet',
      label: 'Changing Places toilet',
      definition:
        'A Changing Places toilet, with a hoist, adult-sized changing bench and more space, is available during the activity.',
    },
    {
      id: 'accessible-parking',
      label: 'Accessible parking',
      definition: 'Parking for Blue Badge holders close to the entrance.',
    },
    {
      id: 'hearing-loop',
      label: 'Hearing loop',
      definition: 'A hearing loop is fitted and working in the spaces used.',
    },
    {
      id: 'bsl-interpreter',
      label: 'BSL interpreter available',
      definition: 'A British Sign Language interpreter can be booked or is provided for sessions.',
    },
    {
      id: 'bsl-led',
      label: 'Led in BSL',
      definition: 'Sessions are run in British Sign Language by staff who sign, often for Deaf young people.',
    },
    {
      id: 'visual-impairment-support',
      label: 'Support for blind and partially sighted people',
      definition:
        'Support such as large print, braille, audio description, guiding or a tour of the space before the first visit.',
    },
    {
      id: 'easy-read-information',
      label: 'Easy read information',
      definition:
        'Information about the activity is available in easy read, with short sentences and pictures.',
    },
    {
      id: 'community-language-support',
      label: 'Languages other than English',
      definition:
        'Staff who speak other languages, or interpreters, can support young people and families who do not speak English well.',
    },
    {
      id: 'sensory-friendly',
      label: 'Sensory friendly',
      definition:
        'The space and session are planned to avoid sensory overload, for example lower noise, softer lighting and fewer crowds.',
    },
    {
      id: 'neurodivergent-friendly',
      label: 'Neurodivergent friendly',
      definition:
        'Planned with autistic, ADHD and other neurodivergent young people in mind, for example clear routines, information in advance and no pressure to join in.',
    },
    {
      id: 'send-trained-staff',
      label: 'SEND trained staff',
      definition:
        'Staff have training and experience in supporting young people with special educational needs and disabilities.',
    },
    {
      id: 'one-to-one-support',
      label: 'One-to-one support available',
      definition: 'A young person who needs it can have a member of staff or volunteer with them throughout.',
    },
    {
      id: 'support-worker-welcome',
      label: 'Support worker or carer welcome',
      definition:
        'A young person can bring a personal assistant, support worker or carer, usually free of charge.',
    },
    {
      id: 'adapted-equipment',
      label: 'Adapted equipment',
      definition:
        'Adapted or specialist equipment is available, such as sports wheelchairs, adapted bikes or hoists.',
    },
    {
      id: 'assistance-dogs-welcome',
      label: 'Assistance dogs welcome',
      definition: 'Assistance dogs are welcome in all the spaces used.',
    },
    {
      id: 'gender-neutral-toilets',
      label: 'Gender-neutral toilets',
      definition: 'Toilets that anyone can use, whatever their gender.',
    },
    {
      id: 'private-changing',
      label: 'Private changing space',
      definition: 'Private cubicles or a separate room where young people can change without being seen.',
    },
    {
      id: 'choice-of-staff-gender',
      label: 'Choice of staff gender',
      definition:
        'A young person can ask to be supported by a woman or by a man, for example for one-to-one sessions.',
    },
    {
      id: 'lgbtq-plus-inclusive',
      label: 'LGBTQ+ inclusive',
      definition:
        'Staff are trained in LGBTQ+ inclusion and the activity actively welcomes LGBTQ+ young people, including using chosen names and pronouns.',
    },
    {
      id: 'prayer-space',
      label: 'Prayer space',
      definition: 'A quiet, clean space where young people can pray during the activity.',
    },
    {
      id: 'dietary-needs-met',
      label: 'Dietary needs catered for',
      definition:
        'Food that is provided can meet dietary needs, such as halal, kosher, vegetarian, vegan or allergy-free.',
    },
  ],
} as const satisfies Vocabulary;
