// Who can refer or signpost a young person to a listing. Our own terms; no mappings:
// none of the external lists has a list of referral routes.
import type { Vocabulary } from './types.ts';

export const referralRoutes = {
  id: 'referral-routes',
  title: 'Referral routes',
  description:
    'Ways a young person can be referred to, or get into, an opportunity. A listing says which routes it accepts; self-referral means no one else needs to be involved.',
  concepts: [
    {
      id: 'self-referral',
      label: 'Young person themselves',
      definition:
        'A young person can get in touch or sign up themselves, without anyone else referring them.',
    },
    {
      id: 'parent-or-carer',
      label: 'Parent or carer',
      definition: 'A parent, carer, foster carer or other family member can refer or sign up a young person.',
    },
    {
      id: 'school-or-college',
      label: 'School or college',
      definition:
        'Staff at a school, college or university can refer, such as a teacher, pastoral lead, SENCo, mental health lead or careers adviser.',
    },
    {
      id: 'gp',
      label: 'GP or practice team',
      definition: 'A GP, practice nurse or other member of a GP practice team can refer.',
    },
    {
      id: 'link-worker',
      label: 'Social prescribing link worker',
      definition: 'A social prescribing link worker, community connector or care coordinator can refer.',
    },
    {
      id: 'camhs',
      label: 'CAMHS or NHS mental health service',
      definition:
        'Children and young people\u2019s mental health services (CAMHS or CYPMHS) or another NHS mental health team can refer.',
    },
    {
      id: 'mental-health-support-team',
      label: 'Mental health support team in school',
      definition:
        'An NHS mental health support team working in schools and colleges, such as an education mental health practitioner, can refer.',
    },
    {
      id: 'school-nurse-or-health-visitor',
      label: 'School nurse or health visitor',
      definition: 'A school nurse, health visitor or other community health professional can refer.',
    },
    {
      id: 'other-health-professional',
      label: 'Other health professional',
      definition:
        'Another health professional, such as a paediatrician, hospital team, therapist or sexual health worker, can refer.',
    },
    {
      id: 'youth-worker',
      label: 'Youth worker',
      definition: 'A youth worker, detached youth worker or youth service team can refer.',
    },
    {
      id: 'voluntary-sector',
      label: 'Charity or community organisation',
      definition:
        'Staff or volunteers at a charity, community group, faith group or another voluntary organisation can refer.',
    },
    {
      id: 'social-care',
      label: 'Social care or early help',
      definition:
        'A social worker, early help worker, family support worker or leaving care personal adviser can refer.',
    },
    {
      id: 'youth-justice',
      label: 'Youth justice or police',
      definition:
        'A youth justice service, probation, police or another criminal justice professional can refer.',
    },
  ],
} as const satisfies Vocabulary;
