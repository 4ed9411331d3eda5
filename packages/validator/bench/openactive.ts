/**
 * A listing as an OpenActive SessionSeries (Modelling Opportunity Data 2.0), close enough in size and
 * shape for the data-model-validator to do comparable work.
 */
export function toSessionSeries(listing: Record<string, unknown>): Record<string, unknown> {
  const l = listing as {
    id: string;
    name: string;
    description?: string;
    summary: string;
    url?: string;
    ageRange: { minValue: number; maxValue: number };
    organizer: { id: string; name: string; url?: string; email?: string; telephone?: string };
    location?: {
      name?: string;
      address?: Record<string, string>;
      geo?: { latitude: number; longitude: number };
    };
    eventSchedule?: {
      byDay?: string[];
      startTime: string;
      endTime?: string;
      startDate?: string;
      repeatFrequency?: string;
      scheduleTimezone: string;
    }[];
    isAccessibleForFree: boolean;
    offers?: { price: number; priceCurrency: string }[];
    categories: string[];
  };
  return {
    '@context': 'https://openactive.io/',
    '@type': 'SessionSeries',
    '@id': l.id,
    name: l.name,
    description: l.description ?? l.summary,
    url: l.url ?? l.id,
    activity: [
      {
        '@type': 'Concept',
        '@id': 'https://openactive.io/activity-list#c07d63a0-8eb9-4602-8bcc-23be6deb8f83',
        prefLabel: 'Youth club',
      },
    ],
    ageRange: { '@type': 'QuantitativeValue', minValue: l.ageRange.minValue, maxValue: l.ageRange.maxValue },
    organizer: {
      '@type': 'Organization',
      '@id': l.organizer.id,
      name: l.organizer.name,
      url: l.organizer.url,
      email: l.organizer.email,
      telephone: l.organizer.telephone,
    },
    location: l.location
      ? {
          '@type': 'Place',
          name: l.location.name,
          address: { '@type': 'PostalAddress', ...l.location.address, addressCountry: 'GB' },
          ...(l.location.geo ? { geo: { '@type': 'GeoCoordinates', ...l.location.geo } } : {}),
        }
      : undefined,
    eventSchedule: (l.eventSchedule ?? []).map((schedule) => ({
      '@type': 'PartialSchedule',
      repeatFrequency: schedule.repeatFrequency ?? 'P1W',
      byDay: (schedule.byDay ?? ['Monday']).map((day) => `https://schema.org/${day}`),
      startTime: schedule.startTime,
      endTime: schedule.endTime ?? schedule.startTime,
      scheduleTimezone: schedule.scheduleTimezone,
    })),
    isAccessibleForFree: l.isAccessibleForFree,
    offers: (l.offers ?? [{ price: 0, priceCurrency: 'GBP' }]).map((offer, index) => ({
      '@type': 'Offer',
      '@id': `${l.id}#offer-${index}`,
      price: offer.price,
      priceCurrency: offer.priceCurrency,
    })),
    'beta:categories': l.categories,
  };
}
