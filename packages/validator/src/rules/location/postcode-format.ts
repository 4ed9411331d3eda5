import { defineRule } from '../define-rule.ts';
import { isUkAddress, isUkPostcode } from './uk-postcode.ts';

const place = (postalCode: string) => ({
  location: {
    type: 'Place',
    name: 'Clifton Youth Hub',
    address: { addressLocality: 'Nottingham', postalCode },
    geo: { latitude: 52.9057, longitude: -1.1791 },
  },
});

export default defineRule({
  id: 'postcode-format',
  notices: {
    postcode_format_invalid: {
      severity: 'error',
      summary: 'The postcode is not in the shape of a UK postcode.',
      fields: ['postalCode'],
      examples: { failing: { listing: place('NG11 BAQ') }, passing: { listing: place('NG11 8AQ') } },
    },
  },
  check({ listing }, emit) {
    const address = listing.location?.address;
    if (!address || !isUkAddress(address.addressCountry)) return;
    if (!isUkPostcode(address.postalCode)) {
      emit('postcode_format_invalid', '/location/address/postalCode', { postalCode: address.postalCode });
    }
  },
});
