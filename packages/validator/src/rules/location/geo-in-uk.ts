import { defineRule } from '../define-rule.ts';
import { DEFAULT_AREA_RADIUS_KM, POSTCODE_AREAS } from './postcode-areas.ts';
import { isUkAddress, isUkPostcode, postcodeArea } from './uk-postcode.ts';

/** A box around the UK, the Channel Islands and the Isle of Man, with a little sea to spare. */
const UK = { south: 49.1, north: 61.0, west: -8.7, east: 2.0 };

/** Great-circle distance in km (haversine): accurate to well under the radii compared with. */
function distanceKm(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lng2 - lng1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

const place = (latitude: number, longitude: number) => ({
  location: {
    type: 'Place',
    name: 'Clifton Youth Hub',
    address: { addressLocality: 'Nottingham', postalCode: 'NG11 8AQ' },
    geo: { latitude, longitude },
  },
});

export default defineRule({
  id: 'geo-in-uk',
  notices: {
    geo_outside_uk: {
      severity: 'error',
      summary: 'The map position is outside the UK: latitude and longitude may be swapped or mistyped.',
      fields: ['latitude', 'longitude'],
      examples: {
        failing: { listing: place(-1.1791, 52.9057) },
        passing: { listing: place(52.9057, -1.1791) },
      },
    },
    geo_far_from_postcode: {
      severity: 'warning',
      summary: 'The map position is far from the area of its postcode.',
      fields: ['postalCode', 'area', 'distanceKm'],
      examples: {
        failing: { listing: place(51.4545, -2.5879) },
        passing: { listing: place(52.9057, -1.1791) },
      },
    },
  },
  check({ listing }, emit) {
    const location = listing.location;
    const geo = location?.geo;
    if (!geo || !isUkAddress(location.address?.addressCountry)) return;
    const { latitude, longitude } = geo;
    if (latitude < UK.south || latitude > UK.north || longitude < UK.west || longitude > UK.east) {
      emit('geo_outside_uk', '/location/geo', { latitude, longitude });
      return;
    }
    const postalCode = location.address?.postalCode;
    if (!postalCode || !isUkPostcode(postalCode)) return;
    const area = postcodeArea(postalCode);
    const centre = POSTCODE_AREAS[area];
    if (!centre) return;
    const distance = distanceKm(latitude, longitude, centre[0], centre[1]);
    if (distance > (centre[2] ?? DEFAULT_AREA_RADIUS_KM)) {
      emit('geo_far_from_postcode', '/location/geo', { postalCode, area, distanceKm: Math.round(distance) });
    }
  },
});
