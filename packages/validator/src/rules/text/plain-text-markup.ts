import { stringsOf } from '../../internal/walk-strings.ts';
import { defineRule } from '../define-rule.ts';

const HTML = /<\/?[a-z][a-z0-9]*(\s[^<>]*)?\/?>|&(amp|lt|gt|nbsp|quot|apos|#[0-9]+|#x[0-9a-f]+);/i;
const MARKDOWN = [
  /\*\*[^*\n]+\*\*/,
  /__[^_\n]+__/,
  /\[[^\]\n]+\]\([^)\s]+\)/,
  /(^|\n)#{1,6} \S/,
  /(^|\n) *[*+-] \S[^\n]*\n *[*+-] \S/,
];

/** Characters that HTML or markdown needs: one quick test before the patterns, as most text has none. */
const MAY_BE_MARKUP = /[<&*_[#\n]/;

/** Keys whose strings are addresses or codes, where these characters are not markup. */
const NOT_PROSE = new Set(['id', 'url', 'email', 'telephone', 'contentUrl', 'encodingFormat']);

export default defineRule({
  id: 'plain-text-markup',
  notices: {
    text_contains_html: {
      severity: 'warning',
      summary: 'A plain-text field contains HTML, which directories show as stray tags.',
      fields: ['property'],
      examples: {
        failing: {
          listing: { summary: 'A <b>free</b> youth club in Clifton with pool, table tennis and gaming.' },
        },
        passing: { listing: { summary: 'A free youth club in Clifton with pool, table tennis and gaming.' } },
      },
    },
    text_contains_markdown: {
      severity: 'warning',
      summary: 'A plain-text field contains markdown, which directories show as stray symbols.',
      fields: ['property'],
      examples: {
        failing: {
          listing: { summary: 'A **free** youth club in Clifton with pool, table tennis and gaming.' },
        },
        passing: { listing: { summary: 'A free youth club in Clifton with pool, table tennis and gaming.' } },
      },
    },
  },
  check({ listing }, emit) {
    const strings = stringsOf(listing);
    for (let index = 0; index < strings.count; index++) {
      const key = strings.keys[index] as string;
      if (NOT_PROSE.has(key) || key.endsWith('Url')) continue;
      const text = strings.texts[index] as string;
      if (!MAY_BE_MARKUP.test(text)) continue;
      if (/[<&]/.test(text) && HTML.test(text))
        emit('text_contains_html', strings.pointer(index), { property: key });
      else if (/[*_[#\n]/.test(text) && MARKDOWN.some((pattern) => pattern.test(text))) {
        emit('text_contains_markdown', strings.pointer(index), { property: key });
      }
    }
  },
});
