// The kind of space where an opportunity happens. Our own terms; no mappings: none of the
// external lists has a list of settings.
import type { Vocabulary } from './types.ts';

export const settings = {
  id: 'settings',
  title: 'Settings',
  description:
    'The kind of place where an opportunity happens, so a young person can picture the space before they go. A listing can take place in more than one setting.',
  concepts: [
    {
      id: 'school',
      label: 'School',
      definition: 'On a school site, during or outside school hours.',
    },
    {
      id: 'college-or-university',
      label: 'College or university',
      definition: 'At a further education college, sixth form college or university.',
    },
    {
      id: 'youth-centre',
      label: 'Youth centre',
      definition: 'A building run for young people, such as a youth club, youth centre or youth zone.',
    },
    {
      id: 'community-centre',
      label: 'Community centre or hall',
      definition: 'A community centre, village hall, church hall or other shared local building.',
    },
    {
      id: 'workshop-or-makerspace',
      label: 'Workshop or makerspace',
      definition: 'A workshop, makerspace, studio or garage where young people make, fix or build things.',
    },
    {
      id: 'shop-or-community-pantry',
      label: 'Shop front or community pantry',
      definition: 'A high-street shop front, charity shop, food bank or community pantry.',
    },
    {
      id: 'library',
      label: 'Library',
      definition: 'A public library, often with a quiet room or a teen space.',
    },
    {
      id: 'sports-centre',
      label: 'Sports or leisure centre',
      definition: 'A sports hall, leisure centre, swimming pool, gym, pitch or sports club ground.',
    },
    {
      id: 'arts-venue',
      label: 'Arts venue or studio',
      definition: 'A theatre, arts centre, gallery, museum, music studio or dance studio.',
    },
    {
      id: 'outdoors',
      label: 'Outdoors',
      definition:
        'Outside, such as in a park, woodland, countryside, on the water, at a farm or at an outdoor centre.',
    },
    {
      id: 'place-of-worship',
      label: 'Place of worship',
      definition: 'A church, mosque, gurdwara, temple, synagogue or other faith building.',
    },
    {
      id: 'cafe-or-social-space',
      label: 'Café or social space',
      definition:
        'An informal space like a café, youth café or shop front, where you can sit, chat and feel at ease.',
    },
    {
      id: 'health-centre',
      label: 'GP surgery or health centre',
      definition: 'A GP surgery, health centre, clinic or other community health building.',
    },
    {
      id: 'hospital',
      label: 'Hospital',
      definition: 'On a hospital site, for example for young people who are patients or visiting someone.',
    },
    {
      id: 'street-based',
      label: 'Out and about',
      definition:
        'Detached or outreach youth work that meets young people where they are, such as on the street, in parks or at transport hubs.',
    },
    {
      id: 'home-visit',
      label: 'At home',
      definition: 'A worker visits the young person at home, or nearby somewhere they choose.',
    },
    {
      id: 'online',
      label: 'Online',
      definition: 'Over the internet, such as a video call, online group, game server or chat.',
    },
    {
      id: 'phone-or-text',
      label: 'Phone or text',
      definition: 'By phone call or text message, with no need to travel anywhere.',
    },
  ],
} as const satisfies Vocabulary;
