// Groups of young people an opportunity is specifically for. Our own terms and definitions.
// Mappings:
// - esd-circumstances: the LGA circumstances list term quoted with its URI and label in
//   Open Referral UK's "Use of Taxonomies" guidance (OpenReferralUK/human-services).
import type { Vocabulary } from './types.ts';

export const audiences = {
  id: 'audiences',
  title: 'Audiences',
  description:
    'Groups of young people a listing is specifically for or designed around. Leave it out for opportunities open to everyone. It describes the opportunity, never an individual.',
  concepts: [
    {
      id: 'young-carers',
      label: 'Young carers',
      definition:
        'Young people who help look after a family member who is ill, disabled, or has a mental health or drug or alcohol problem.',
    },
    {
      id: 'care-experienced',
      label: 'Care-experienced young people',
      definition:
        'Young people who are in care now, such as in foster or residential care or kinship care, or who have left care.',
    },
    {
      id: 'lgbtq-plus',
      label: 'LGBTQ+ young people',
      definition:
        'Lesbian, gay, bisexual, trans, queer and questioning young people, and others who are not straight or not cisgender.',
    },
    {
      id: 'trans-and-non-binary',
      label: 'Trans and non-binary young people',
      definition: 'Trans, non-binary and gender-questioning young people.',
      broader: 'lgbtq-plus',
    },
    {
      id: 'girls-and-young-women',
      label: 'Girls and young women',
      definition: 'Designed for girls and young women.',
      mappings: [
        {
          scheme: 'esd-circumstances',
          uri: 'http://id.esd.org.uk/circumstance/Gender_Female',
          label: 'Female',
          match: 'broad',
        },
      ],
    },
    {
      id: 'boys-and-young-men',
      label: 'Boys and young men',
      definition: 'Designed for boys and young men.',
    },
    {
      id: 'send',
      label: 'Young people with SEND',
      definition:
        'Young people with special educational needs and disabilities, including learning disabilities and physical or sensory impairments.',
    },
    {
      id: 'neurodivergent',
      label: 'Neurodivergent young people',
      definition:
        'Autistic young people, young people with ADHD, dyslexia or dyspraxia, and others whose brains work differently, with or without a diagnosis.',
    },
    {
      id: 'long-term-health-conditions',
      label: 'Young people with long-term health conditions',
      definition:
        'Young people living with a long-term physical health condition, such as diabetes, epilepsy, asthma or cancer.',
    },
    {
      id: 'bereaved',
      label: 'Bereaved young people',
      definition: 'Young people who have had someone important to them die.',
    },
    {
      id: 'refugees-and-asylum-seekers',
      label: 'Refugee and asylum-seeking young people',
      definition:
        'Young people who have come to the UK seeking safety, including those who arrived on their own.',
    },
    {
      id: 'racially-minoritised',
      label: 'Young people from racially minoritised communities',
      definition:
        'Black, Asian, mixed heritage and other young people from communities that face racism, including spaces led by people from those communities.',
    },
    {
      id: 'gypsy-roma-and-traveller',
      label: 'Gypsy, Roma and Traveller young people',
      definition: 'Young people from Gypsy, Roma, Irish Traveller, Showmen and Boater communities.',
    },
    {
      id: 'young-parents',
      label: 'Young parents',
      definition: 'Young people who are parents or expecting a baby.',
    },
    {
      id: 'not-in-education-employment-or-training',
      label: 'Not in education, employment or training',
      definition:
        'Young people aged 16 and over who are not currently in school, college, work or training (sometimes called NEET).',
    },
    {
      id: 'home-educated',
      label: 'Home-educated young people',
      definition: 'Children and young people who are educated at home rather than at school.',
    },
    {
      id: 'in-contact-with-youth-justice',
      label: 'Young people in contact with youth justice',
      definition:
        'Young people who are working with a youth justice service or police, or who are at risk of getting into trouble.',
    },
    {
      id: 'armed-forces-families',
      label: 'Young people from armed forces families',
      definition: 'Young people whose parent or carer serves, or has served, in the armed forces.',
    },
  ],
} as const satisfies Vocabulary;
