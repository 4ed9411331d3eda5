import { type Concept, type Listing, referralRoutes, vocabularyUri } from '@openyouth/schema';
import { boundedText, compact, type JsonObject, textOf } from '../internal/values.ts';
import type { ReportBuilder } from '../report.ts';

type Referral = NonNullable<Listing['referral']>;
export type Route = Referral['routes'][number];

const ROUTE_PREFIX = `${vocabularyUri(referralRoutes.id)}#`;
const ROUTE_IDS = new Set((referralRoutes.concepts as readonly Concept[]).map((c) => c.id));

/** A referral route from a taxonomy term with our own referral-routes URI (as listingsToOruk writes them). */
export function routeOfTerm(uri: string | undefined): Route | undefined {
  const id = uri?.startsWith(ROUTE_PREFIX) ? uri.slice(ROUTE_PREFIX.length) : undefined;
  return id && ROUTE_IDS.has(id) ? (id as Route) : undefined;
}

// HSDS has no referral routes: when no route terms are attached, the words of the application
// process name them. Proposed for a person to check, never taken as fact.
const ROUTE_WORDS: readonly (readonly [RegExp, Route])[] = [
  [
    /\bself[- ]?refer|\byourself\b|\b(ring|call|phone|email|text|contact|visit) (us|our)\b|\b(drop|walk)[- ]in\b/i,
    'self-referral',
  ],
  [/\b(parents?|(?<!young )carers?|guardians?)\b/i, 'parent-or-carer'],
  [/\b(schools?|colleges?|teachers?|SENCos?)\b/i, 'school-or-college'],
  [/\b(GPs?|[Dd]octors?)\b/, 'gp'],
  [/\b(link workers?|social prescrib\w*)/i, 'link-worker'],
  [/\b(CAMHS|CYPMHS)\b/i, 'camhs'],
  [/\b(school nurses?|health visitors?)\b/i, 'school-nurse-or-health-visitor'],
  [/\byouth workers?\b/i, 'youth-worker'],
  [/\b(social workers?|social care|early help)\b/i, 'social-care'],
  [/\b(youth justice|youth offending|police)\b/i, 'youth-justice'],
];

function routesInWords(text: string): Route[] {
  return ROUTE_WORDS.filter(([words]) => words.test(text)).map(([, route]) => route);
}

/**
 * The listing's referral from a service's `application_process` (how to refer) and
 * `eligibility_description` (who can join), with the routes given as taxonomy terms or, failing
 * that, read from the application process's words and reported as assumed. Without any route
 * there is no referral to hang the texts on, and they are reported as lost.
 */
export function referralOf(
  service: JsonObject,
  termRoutes: readonly Route[],
  where: string,
  report: ReportBuilder,
): Referral | undefined {
  const process = textOf(service.application_process);
  const eligibility = textOf(service.eligibility_description);
  let routes = [...termRoutes];
  if (routes.length === 0 && process) {
    routes = routesInWords(process);
    if (routes.length > 0) {
      report.assumed(
        where,
        'application_process',
        `HSDS has no referral routes; ${routes.map((r) => `'${r}'`).join(', ')} ${routes.length === 1 ? 'was' : 'were'} read from the words of the application process. Check them.`,
      );
    }
  }
  if (routes.length === 0) {
    for (const [field, text] of [
      ['application_process', process],
      ['eligibility_description', eligibility],
    ] as const) {
      if (text)
        report.lost(
          where,
          field,
          `An OpenYouth referral needs at least one referral route, and none could be read from the service, so '${field}' has nowhere to go.`,
        );
    }
    return undefined;
  }
  return compact({
    routes: routes as Referral['routes'],
    eligibility: boundedText(eligibility, 500, report, where, 'eligibility_description'),
    howToRefer: boundedText(process, 1000, report, where, 'application_process'),
  });
}
