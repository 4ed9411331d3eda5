import { stringsOf } from '../../internal/walk-strings.ts';
import { defineRule } from '../define-rule.ts';

/** A quick look for placeholder names anywhere in the text, before the exact test on the host. */
const MAY_BE_PLACEHOLDER = /example|localhost|\.test\b|\.invalid\b/i;

/** Domains that only ever stand in for a real one (RFC 2606 and RFC 6761), and addresses on this machine. */
const PLACEHOLDER_HOST = /(^|\.)(example\.(com|org|net)|localhost|test|invalid|example)$/i;

const hostOf = (address: string) => {
  const at = address.lastIndexOf('@');
  if (at >= 0 && !address.includes('://')) return address.slice(at + 1);
  try {
    return new URL(address).hostname;
  } catch {
    return '';
  }
};

/** Properties people follow or write to; `id`s name things and are not checked as links. */
const isLinkKey = (key: string) => key === 'url' || key.endsWith('Url');

export default defineRule({
  id: 'web-addresses',
  notices: {
    url_not_https: {
      severity: 'warning',
      summary: 'A web address uses http:// rather than https://.',
      fields: ['url'],
      examples: {
        failing: { listing: { url: 'http://nottinghamyouthhubs.org.uk/clifton' } },
        passing: { listing: { url: 'https://nottinghamyouthhubs.org.uk/clifton' } },
      },
    },
    address_is_placeholder: {
      severity: 'error',
      summary: 'A web or email address is a placeholder (example.com, localhost), not a real one.',
      fields: ['address'],
      examples: {
        failing: { listing: { contact: { name: 'Youth team', email: 'youth@example.com' } } },
        passing: {
          listing: { contact: { name: 'Youth team', email: 'clifton@nottinghamyouthhubs.org.uk' } },
        },
      },
    },
  },
  check({ listing }, emit) {
    const strings = stringsOf(listing);
    for (let index = 0; index < strings.count; index++) {
      const key = strings.keys[index] as string;
      if (key !== 'email' && !isLinkKey(key) && key !== 'id') continue;
      const text = strings.texts[index] as string;
      if (MAY_BE_PLACEHOLDER.test(text) && PLACEHOLDER_HOST.test(hostOf(text))) {
        emit('address_is_placeholder', strings.pointer(index), { address: text });
      } else if (isLinkKey(key) && text.startsWith('http://')) {
        emit('url_not_https', strings.pointer(index), { url: text });
      }
    }
  },
});
