// What a young person might be looking for help with, in their own words. Our own terms,
// deliberately plain and non-clinical; they describe what an opportunity can help with,
// never a diagnosis of a person.
// Mappings:
// - esd-needs: the LGA needs list term quoted with its URI and label in Open Referral UK's
//   "Use of Taxonomies" guidance (OpenReferralUK/human-services).
import type { Vocabulary } from './types.ts';

export const needs = {
  id: 'needs',
  title: 'Needs',
  description:
    'What a listing can help with, in plain words a young person would use. These describe what an opportunity offers, not a diagnosis, and listings never record anything about an individual.',
  concepts: [
    {
      id: 'feeling-anxious',
      label: 'Feeling anxious or worried',
      definition:
        'Worrying a lot, feeling nervous or panicky, or finding it hard to do things because of how anxious you feel.',
    },
    {
      id: 'low-mood',
      label: 'Feeling low or down',
      definition:
        'Feeling sad, flat, empty or hopeless for a while, or losing interest in things you used to enjoy.',
    },
    {
      id: 'stress',
      label: 'Feeling stressed',
      definition: 'Feeling under pressure or overwhelmed, as if there is too much going on to cope with.',
    },
    {
      id: 'anger',
      label: 'Anger and big feelings',
      definition:
        'Feelings like anger or frustration that are hard to handle, or getting into trouble because of them.',
    },
    {
      id: 'lonely-or-isolated',
      label: 'Feeling lonely or left out',
      definition: 'Feeling alone, cut off or like you do not fit in, even when there are people around you.',
      mappings: [
        {
          scheme: 'esd-needs',
          uri: 'http://id.esd.org.uk/need/69',
          label: 'Social inclusion',
          match: 'related',
        },
      ],
    },
    {
      id: 'making-friends',
      label: 'Making friends',
      definition:
        'Wanting to meet new people and make friends, perhaps after moving or changing school, or when it feels hard to do.',
    },
    {
      id: 'confidence-and-self-esteem',
      label: 'Confidence and self-esteem',
      definition: 'Feeling bad about yourself, not believing in yourself, or wanting to feel more confident.',
    },
    {
      id: 'friendships-and-relationships',
      label: 'Friendships and relationships',
      definition:
        'Falling out with friends, relationship worries, or wanting to understand what healthy relationships look like.',
    },
    {
      id: 'bullying',
      label: 'Bullying',
      definition: 'Being bullied or picked on, in person or online, or getting over the effects of bullying.',
    },
    {
      id: 'family-difficulties',
      label: 'Problems at home',
      definition:
        'Arguments or tension at home, parents splitting up, or other family changes that are hard to deal with.',
    },
    {
      id: 'caring-for-someone',
      label: 'Looking after someone',
      definition:
        'Helping to look after someone in your family who is ill, disabled, or has a mental health or drug or alcohol problem.',
    },
    {
      id: 'bereavement-and-loss',
      label: 'Losing someone',
      definition: 'Coping after someone important has died, or with other big losses in your life.',
    },
    {
      id: 'difficult-experiences',
      label: 'Something bad has happened',
      definition:
        'Getting support after something frightening, upsetting or harmful has happened to you, recently or in the past.',
    },
    {
      id: 'feeling-unsafe',
      label: 'Feeling unsafe',
      definition:
        'Not feeling safe at home, in your area, online or with people around you, including being pressured or exploited.',
    },
    {
      id: 'self-harm',
      label: 'Hurting yourself',
      definition:
        'Support for young people who hurt themselves on purpose to cope with how they feel, or who worry they might. It helps to talk to someone you trust.',
    },
    {
      id: 'body-image',
      label: 'How you feel about your body',
      definition:
        'Worrying about how you look, your weight or your body, or feeling unhappy about food and eating.',
    },
    {
      id: 'sleep',
      label: 'Trouble sleeping',
      definition: 'Finding it hard to get to sleep or stay asleep, or feeling tired all the time.',
    },
    {
      id: 'school-worries',
      label: 'Worries about school',
      definition:
        'Finding school or college hard, struggling to go in, or worrying about schoolwork, teachers or fitting in.',
    },
    {
      id: 'exam-stress',
      label: 'Exam stress',
      definition: 'Feeling worried or under pressure about tests, exams and results.',
      broader: 'school-worries',
    },
    {
      id: 'changes-and-transitions',
      label: 'Changes and moving on',
      definition:
        'Big changes such as starting a new school, leaving school or care, moving home or coming to a new country.',
    },
    {
      id: 'identity',
      label: 'Working out who you are',
      definition:
        'Exploring who you are and where you belong, including your culture, beliefs and what matters to you.',
    },
    {
      id: 'gender-and-sexuality',
      label: 'Gender and sexuality',
      definition:
        'Questions or worries about your gender identity or sexuality, or wanting to meet others who understand.',
      broader: 'identity',
    },
    {
      id: 'online-life',
      label: 'Life online',
      definition:
        'Worries about social media, gaming or being online, such as too much screen time, online pressure or staying safe online.',
    },
    {
      id: 'drugs-and-alcohol',
      label: 'Drugs, alcohol and vaping',
      definition: 'Worries about your own or someone else\u2019s use of drugs, alcohol, vapes or smoking.',
    },
    {
      id: 'future-and-work',
      label: 'Thinking about the future',
      definition:
        'Worrying about what comes next, or wanting help towards college, training, a job or living independently.',
    },
    {
      id: 'being-more-active',
      label: 'Being more active',
      definition: 'Wanting to move more, get fitter or find a sport or activity you actually enjoy.',
    },
    {
      id: 'something-to-do',
      label: 'Something to do',
      definition:
        'Feeling bored or stuck at home and wanting somewhere to go, something to do and people to do it with.',
    },
  ],
} as const satisfies Vocabulary;
