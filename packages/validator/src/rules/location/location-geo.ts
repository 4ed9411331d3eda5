import { defineRule } from '../define-rule.ts';

export default defineRule({
  id: 'location-geo',
  notices: {
    location_geo_missing: {
      severity: 'warning',
      summary: 'An in-person place has no map position, so directories cannot find it by distance.',
      fields: ['postalCode'],
      examples: {
        failing: {
          listing: {
            location: { type: 'Place', name: 'Clifton Youth Hub', address: { postalCode: 'NG11 8AQ' } },
          },
        },
        passing: {
          listing: {
            location: {
              type: 'Place',
              name: 'Clifton Youth Hub',
              address: { postalCode: 'NG11 8AQ' },
              geo: { latitude: 52.9057, longitude: -1.1791 },
            },
          },
        },
      },
    },
    in_person_place_missing: {
      severity: 'warning',
      summary: 'A listing people attend in person says neither where it is nor which area it serves.',
      fields: ['attendanceMode'],
      examples: {
        failing: { listing: {}, omit: ['location', 'areaServed'] },
        passing: { listing: { areaServed: [{ code: 'E06000018', name: 'Nottingham' }] }, omit: ['location'] },
      },
    },
  },
  check({ listing }, emit) {
    if (listing.attendanceMode === 'online') return;
    if (!listing.location) {
      if (!listing.areaServed)
        emit('in_person_place_missing', '', { attendanceMode: listing.attendanceMode });
      return;
    }
    if (!listing.location.geo) {
      emit('location_geo_missing', '/location', { postalCode: listing.location.address?.postalCode });
    }
  },
});
