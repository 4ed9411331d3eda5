// What a listing is about. Our own terms and definitions.
// Mappings:
// - openactive-activity-list: concept URIs and prefLabels checked in the OpenActive
//   activity list as published in the openactive-archive/activity-list-old repository
//   (data/activity-list.jsonld, and its activity-list.csv export), both under CC BY 4.0.
// - esd-services: the LGA services list term quoted with its URI and label in Open Referral
//   UK's "Use of Taxonomies" guidance (OpenReferralUK/human-services).
import type { Vocabulary } from './types.ts';

const OA = 'https://openactive.io/activity-list#';

export const categories = {
  id: 'categories',
  title: 'Categories',
  description:
    'What a listing is about. A listing can have several categories. Sports are narrower concepts under sport and physical activity; use the audiences list to say who a listing is specifically for.',
  concepts: [
    {
      id: 'arts-and-crafts',
      label: 'Arts and crafts',
      definition:
        'Making things and being creative with your hands: drawing, painting, sculpture, textiles, printmaking, graffiti art and crafts of all kinds.',
    },
    {
      id: 'music',
      label: 'Music',
      definition:
        'Playing, singing, writing, recording or producing music, including bands, choirs, music lessons, DJing and music technology.',
    },
    {
      id: 'drama-and-theatre',
      label: 'Drama and theatre',
      definition:
        'Acting, improvisation, youth theatre and putting on shows, including backstage roles such as lighting, costume and set design.',
      mappings: [
        {
          scheme: 'openactive-activity-list',
          uri: `${OA}cf9ff8b8-7a15-48d3-8536-1d17e70345a7`,
          label: 'Acting',
          match: 'narrow',
        },
      ],
    },
    {
      id: 'dance',
      label: 'Dance',
      definition:
        'Dancing of any style, from street dance and ballet to cultural and folk dance, for fun, fitness or performance. Dance also counts as being active.',
      mappings: [
        {
          scheme: 'openactive-activity-list',
          uri: `${OA}6ca15167-51da-4d91-a1ae-8a45dc47b0ea`,
          label: 'Dance',
          match: 'exact',
        },
      ],
    },
    {
      id: 'creative-writing',
      label: 'Creative writing and poetry',
      definition:
        'Writing stories, poems, lyrics, spoken word, zines or journals, on your own or in a group.',
    },
    {
      id: 'film-photography-and-media',
      label: 'Film, photography and media',
      definition:
        'Making films, videos, podcasts, radio, photography or magazines, and learning how media and social media work.',
    },
    {
      id: 'gaming-and-digital',
      label: 'Gaming, coding and digital',
      definition:
        'Video games and esports played together, coding, game design, robotics and other digital making.',
    },
    {
      id: 'nature-and-outdoors',
      label: 'Nature and outdoors',
      definition:
        'Spending time outside and in nature: bushcraft, conservation, forest school, camping, wildlife and outdoor adventure.',
    },
    {
      id: 'gardening-and-growing',
      label: 'Gardening and growing',
      definition:
        'Growing plants, fruit and vegetables, in a community garden, allotment, school garden or farm.',
      broader: 'nature-and-outdoors',
      mappings: [
        {
          scheme: 'openactive-activity-list',
          uri: `${OA}5b880e93-4a16-4c37-86ac-ba2ffba68358`,
          label: 'Gardening',
          match: 'exact',
        },
      ],
    },
    {
      id: 'animals',
      label: 'Animals',
      definition:
        'Spending time with and caring for animals, such as city farms, horse care, dog walking or animal-assisted activities.',
    },
    {
      id: 'youth-clubs',
      label: 'Youth clubs',
      definition:
        'Open youth work: a safe, welcoming place to hang out, meet friends, try activities and talk to youth workers you can trust.',
    },
    {
      id: 'mentoring',
      label: 'Mentoring',
      definition:
        'Regular time with a trusted adult or older young person who listens, encourages and helps you work towards things that matter to you.',
    },
    {
      id: 'peer-support',
      label: 'Peer support',
      definition:
        'Meeting other young people who have been through similar things, to share experiences and support each other.',
    },
    {
      id: 'mental-health-support',
      label: 'Mental health and wellbeing support',
      definition:
        'Support focused on how you are feeling, such as wellbeing groups, coping skills, emotional support and early help with mental health.',
    },
    {
      id: 'counselling-and-talking-therapies',
      label: 'Counselling and talking therapies',
      definition:
        'Talking with a trained counsellor or therapist, one to one or in a group, in confidence, about things that are troubling you.',
      broader: 'mental-health-support',
    },
    {
      id: 'mindfulness-and-relaxation',
      label: 'Mindfulness and relaxation',
      definition:
        'Learning ways to calm your mind and body, such as mindfulness, meditation, breathing and relaxation.',
      mappings: [
        {
          scheme: 'openactive-activity-list',
          uri: `${OA}0c2a1e6b-4b02-4b8a-ae6d-59f225ff5341`,
          label: 'Meditation',
          match: 'narrow',
        },
      ],
    },
    {
      id: 'volunteering',
      label: 'Volunteering',
      definition:
        'Giving your time to help other people, animals, places or causes, and learning new skills along the way.',
    },
    {
      id: 'social-action-and-youth-voice',
      label: 'Social action and youth voice',
      definition:
        'Young people making change happen: campaigning, youth councils and forums, young inspectors and having a say in decisions that affect you.',
    },
    {
      id: 'skills-and-employability',
      label: 'Skills, training and work',
      definition:
        'Help towards work, training or further study: CVs, interviews, work experience, apprenticeships, careers advice and qualifications.',
    },
    {
      id: 'homework-and-learning-support',
      label: 'Homework and learning support',
      definition:
        'Help with schoolwork, reading, maths, English or English as an additional language, such as homework clubs and tutoring.',
    },
    {
      id: 'life-skills',
      label: 'Life skills',
      definition:
        'Practical skills for getting on in life and living more independently, such as managing money, travelling on your own, and looking after a home.',
    },
    {
      id: 'cooking-and-food',
      label: 'Cooking and food',
      definition: 'Cooking, baking and learning about food, and activities where a meal is shared together.',
    },
    {
      id: 'faith-and-culture',
      label: 'Faith and culture',
      definition:
        'Activities connected with a faith, heritage, language or culture, including faith youth groups, supplementary schools and cultural celebrations.',
    },
    {
      id: 'lgbtq-plus-groups',
      label: 'LGBTQ+ groups',
      definition:
        'Groups and support about sexuality and gender identity, where LGBTQ+ young people and those questioning can meet safely.',
    },
    {
      id: 'young-carers-support',
      label: 'Young carers support',
      definition:
        'Support, breaks and activities for young people who look after someone at home who is ill, disabled, or has a mental health or addiction problem.',
      mappings: [
        {
          scheme: 'esd-services',
          uri: 'http://id.esd.org.uk/service/298',
          label: 'Carers support groups',
          match: 'broad',
        },
      ],
    },
    {
      id: 'send-and-disability',
      label: 'SEND and disability',
      definition:
        'Activities and support designed around young people with special educational needs and disabilities, such as specialist clubs and short breaks.',
    },
    {
      id: 'holiday-activities',
      label: 'Holiday activities',
      definition:
        'Activities run in the school holidays, such as holiday clubs, camps and holiday activity and food programmes, often with a free meal.',
      mappings: [
        {
          scheme: 'openactive-activity-list',
          uri: `${OA}051e492d-e053-4d24-a54c-e9de9fc637cf`,
          label: 'Activity Holiday Camp',
          match: 'narrow',
        },
      ],
    },
    {
      id: 'family-activities',
      label: 'Family activities',
      definition: 'Activities that young people do together with their parents, carers, brothers or sisters.',
    },
    {
      id: 'uniformed-groups',
      label: 'Uniformed groups',
      definition:
        'Groups such as Scouts, Girlguiding, cadet forces, the Boys\u2019 and Girls\u2019 Brigades and St John Ambulance, with badges, adventures and a uniform.',
    },
    {
      id: 'duke-of-edinburgh-award',
      label: 'Duke of Edinburgh\u2019s Award',
      definition:
        'Working towards a Duke of Edinburgh\u2019s Award: volunteering, physical activity, skills and an expedition, at Bronze, Silver or Gold level.',
    },
    {
      id: 'advice-and-information',
      label: 'Advice and information',
      definition:
        'Free, confidential advice and information for young people on things like housing, money, rights, sexual health, relationships and staying safe.',
    },
    {
      id: 'sport-and-physical-activity',
      label: 'Sport and physical activity',
      definition:
        'Sport, exercise and active play of any kind, competitive or just for fun. Use a narrower sport where one fits.',
    },
    {
      id: 'football',
      label: 'Football',
      definition: 'Football in any format, including futsal and small-sided games, for any level of ability.',
      broader: 'sport-and-physical-activity',
      mappings: [
        {
          scheme: 'openactive-activity-list',
          uri: `${OA}0a5f732d-e806-4e51-ad40-0a7de0239c8c`,
          label: 'Football',
          match: 'exact',
        },
      ],
    },
    {
      id: 'basketball',
      label: 'Basketball',
      definition: 'Basketball, including wheelchair basketball and informal games on outdoor courts.',
      broader: 'sport-and-physical-activity',
      mappings: [
        {
          scheme: 'openactive-activity-list',
          uri: `${OA}e09776e6-f1b4-421b-b667-5c5913cf97aa`,
          label: 'Basketball',
          match: 'exact',
        },
      ],
    },
    {
      id: 'swimming',
      label: 'Swimming',
      definition:
        'Swimming lessons, clubs and fun sessions in a pool, including quieter or adapted sessions.',
      broader: 'sport-and-physical-activity',
      mappings: [
        {
          scheme: 'openactive-activity-list',
          uri: `${OA}2750229d-b725-4171-9276-376be913957c`,
          label: 'Swimming',
          match: 'exact',
        },
      ],
    },
    {
      id: 'water-sports',
      label: 'Water sports',
      definition: 'Activities on the water such as canoeing, kayaking, paddleboarding, sailing and rowing.',
      broader: 'sport-and-physical-activity',
      mappings: [
        {
          scheme: 'openactive-activity-list',
          uri: `${OA}e0425262-6f1d-4c58-ba8a-dd790c5351b1`,
          label: 'Canoeing',
          match: 'narrow',
        },
        {
          scheme: 'openactive-activity-list',
          uri: `${OA}598ceb23-216c-4f8a-9a7a-0eef6e3a4ae8`,
          label: 'Kayaking',
          match: 'narrow',
        },
      ],
    },
    {
      id: 'boxing',
      label: 'Boxing',
      definition: 'Boxing training and boxing clubs, including non-contact boxing fitness.',
      broader: 'sport-and-physical-activity',
      mappings: [
        {
          scheme: 'openactive-activity-list',
          uri: `${OA}d4417bb3-383f-489b-b0c7-731b82f3b220`,
          label: 'Boxing',
          match: 'exact',
        },
      ],
    },
    {
      id: 'martial-arts',
      label: 'Martial arts',
      definition:
        'Martial arts such as karate, judo, taekwondo, kickboxing and kung fu, and self-defence classes.',
      broader: 'sport-and-physical-activity',
      mappings: [
        {
          scheme: 'openactive-activity-list',
          uri: `${OA}2330f2d4-d0dc-4231-8dd9-07d37a452228`,
          label: 'Martial Arts',
          match: 'exact',
        },
      ],
    },
    {
      id: 'climbing',
      label: 'Climbing',
      definition:
        'Indoor and outdoor climbing, bouldering and abseiling, with instructors and safety equipment.',
      broader: 'sport-and-physical-activity',
      mappings: [
        {
          scheme: 'openactive-activity-list',
          uri: `${OA}d09970bc-e11c-40cc-a594-38e4ff32d611`,
          label: 'Climbing',
          match: 'exact',
        },
      ],
    },
    {
      id: 'cycling',
      label: 'Cycling',
      definition: 'Riding bikes, learning to ride, bike maintenance, group rides and mountain biking.',
      broader: 'sport-and-physical-activity',
      mappings: [
        {
          scheme: 'openactive-activity-list',
          uri: `${OA}4a19873e-118e-43f4-b86e-05acba8fb1de`,
          label: 'Cycling',
          match: 'exact',
        },
      ],
    },
    {
      id: 'running-and-athletics',
      label: 'Running and athletics',
      definition: 'Running, jogging groups, fun runs and track and field athletics.',
      broader: 'sport-and-physical-activity',
      mappings: [
        {
          scheme: 'openactive-activity-list',
          uri: `${OA}72ddb2dc-7d75-424e-880a-d90eabe91381`,
          label: 'Running',
          match: 'narrow',
        },
        {
          scheme: 'openactive-activity-list',
          uri: `${OA}4d280e1b-a370-4582-ab4d-442b2eeaf5d4`,
          label: 'Athletics',
          match: 'narrow',
        },
      ],
    },
    {
      id: 'gymnastics-and-trampolining',
      label: 'Gymnastics and trampolining',
      definition: 'Gymnastics, trampolining, tumbling, cheerleading and acrobatics.',
      broader: 'sport-and-physical-activity',
      mappings: [
        {
          scheme: 'openactive-activity-list',
          uri: `${OA}f6ccded0-2666-4a51-88a4-ed6905bb4313`,
          label: 'Gymnastics',
          match: 'narrow',
        },
        {
          scheme: 'openactive-activity-list',
          uri: `${OA}0082b27f-8be5-4ade-ae1f-5f0b2be9e164`,
          label: 'Trampolining',
          match: 'narrow',
        },
      ],
    },
    {
      id: 'skateboarding-and-wheeled-sports',
      label: 'Skateboarding, scooting and BMX',
      definition: 'Skateboarding, scootering, BMX and roller skating, often at skate parks.',
      broader: 'sport-and-physical-activity',
      mappings: [
        {
          scheme: 'openactive-activity-list',
          uri: `${OA}50feff1b-790f-4f0f-9c07-0314557897c4`,
          label: 'Skateboarding',
          match: 'narrow',
        },
      ],
    },
    {
      id: 'yoga',
      label: 'Yoga',
      definition:
        'Yoga classes of any style, including gentle and beginners\u2019 sessions that focus on breathing and relaxation.',
      broader: 'sport-and-physical-activity',
      mappings: [
        {
          scheme: 'openactive-activity-list',
          uri: `${OA}bf1a5e00-cdcf-465d-8c5a-6f57040b7f7e`,
          label: 'Yoga',
          match: 'exact',
        },
      ],
    },
    {
      id: 'fitness-and-gym',
      label: 'Fitness and gym',
      definition: 'Gym sessions, fitness classes, circuits and strength training suitable for young people.',
      broader: 'sport-and-physical-activity',
    },
    {
      id: 'walking-and-hiking',
      label: 'Walking and hiking',
      definition: 'Walks, rambles, hill walking and hikes, from a short local stroll to a day in the hills.',
      broader: 'sport-and-physical-activity',
      mappings: [
        {
          scheme: 'openactive-activity-list',
          uri: `${OA}95092977-5a20-4d6e-b312-8fddabe71544`,
          label: 'Walking',
          match: 'close',
        },
      ],
    },
    {
      id: 'multi-sport',
      label: 'Multi-sport',
      definition:
        'Sessions that mix different sports and games, good for trying things out or for people who just want to play.',
      broader: 'sport-and-physical-activity',
      mappings: [
        {
          scheme: 'openactive-activity-list',
          uri: `${OA}26a7b902-1ddd-46fd-9371-853e414c9eb3`,
          label: 'Multisports',
          match: 'exact',
        },
      ],
    },
  ],
} as const satisfies Vocabulary;
