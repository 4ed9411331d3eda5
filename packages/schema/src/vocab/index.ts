import { audiences } from './audiences.ts';
import { categories } from './categories.ts';
import { fiveWays } from './five-ways.ts';
import { inclusion } from './inclusion.ts';
import { kinds } from './kinds.ts';
import { needs } from './needs.ts';
import { referralRoutes } from './referral-routes.ts';
import { settings } from './settings.ts';

export { audiences } from './audiences.ts';
export { categories } from './categories.ts';
export { fiveWays } from './five-ways.ts';
export { inclusion } from './inclusion.ts';
export { kinds } from './kinds.ts';
export { needs } from './needs.ts';
export { referralRoutes } from './referral-routes.ts';
export { settings } from './settings.ts';

export const vocabularies = [
  kinds,
  categories,
  needs,
  referralRoutes,
  settings,
  inclusion,
  audiences,
  fiveWays,
] as const;

export type { Concept, ConceptId, ConceptMapping, MappingScheme, Vocabulary } from './types.ts';
export { conceptIds } from './types.ts';
