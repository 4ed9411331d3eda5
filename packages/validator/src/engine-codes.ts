import type { NoticeDefinition } from './notice.ts';

const ELEVEN_CATEGORIES = [
  'arts-and-crafts',
  'music',
  'drama-and-theatre',
  'dance',
  'creative-writing',
  'film-photography-and-media',
  'gaming-and-digital',
  'nature-and-outdoors',
  'gardening-and-growing',
  'animals',
  'youth-clubs',
];

/** Notices about structure, from the published JSON Schemas: every one is an error, as the schemas are MUSTs. */
export const SCHEMA_NOTICES: Record<string, NoticeDefinition> = {
  schema_required_property_missing: {
    severity: 'error',
    summary: 'A property the standard requires is missing.',
    fields: ['property'],
    examples: {
      failing: { listing: {}, omit: ['ageRange'] },
      passing: { listing: { ageRange: { minValue: 10, maxValue: 19 } } },
    },
  },
  schema_unknown_property: {
    severity: 'error',
    summary: 'A property the standard does not define, often a misspelling.',
    fields: ['property', 'suggestion'],
    examples: {
      failing: { listing: { sumary: 'A free youth club in Clifton.' }, omit: ['summary'] },
      passing: { listing: { summary: 'A free youth club in Clifton.' } },
    },
  },
  vocabulary_term_unknown: {
    severity: 'error',
    summary: 'A value that is not a term of the vocabulary it must come from.',
    fields: ['value', 'vocabulary', 'suggestion'],
    examples: {
      failing: { listing: { categories: ['youth-club'] } },
      passing: { listing: { categories: ['youth-clubs'] } },
    },
  },
  schema_value_not_allowed: {
    severity: 'error',
    summary: 'A value that is not one of the few the standard allows for this property.',
    fields: ['value', 'allowed', 'suggestion'],
    examples: {
      failing: { listing: { attendanceMode: 'face-to-face' } },
      passing: { listing: { attendanceMode: 'in-person' } },
    },
  },
  schema_null_value: {
    severity: 'error',
    summary: 'A property is null: published data leaves out what it does not know.',
    fields: [],
    examples: {
      failing: { listing: { description: null } },
      passing: { listing: {}, omit: ['description'] },
    },
  },
  schema_wrong_type: {
    severity: 'error',
    summary: 'A value of the wrong kind: text where a number is needed, a list where one value is.',
    fields: ['expected', 'actual'],
    examples: {
      failing: { listing: { isAccessibleForFree: 'yes' } },
      passing: { listing: { isAccessibleForFree: true } },
    },
  },
  schema_text_empty: {
    severity: 'error',
    summary: 'A text property is empty: leave it out instead.',
    fields: ['limit'],
    examples: { failing: { listing: { name: '' } }, passing: { listing: { name: 'Clifton Youth Club' } } },
  },
  schema_text_too_long: {
    severity: 'error',
    summary: 'A text is longer than the standard allows for this property.',
    fields: ['limit', 'length'],
    examples: {
      failing: {
        listing: {
          name: 'Clifton Youth Club: the free weekly youth club for juniors aged 10 to 13 on Tuesday evenings and for seniors aged 13 to 19 on Thursday evenings, all year round',
        },
      },
      passing: { listing: { name: 'Clifton Youth Club' } },
    },
  },
  schema_format_invalid: {
    severity: 'error',
    summary:
      'A date, time, web address, email address or duration is not written the way the standard needs.',
    fields: ['value', 'format', 'expected'],
    examples: {
      failing: { listing: { lastVerified: '30/09/2026' } },
      passing: { listing: { lastVerified: '2026-09-30' } },
    },
  },
  schema_pattern_mismatch: {
    severity: 'error',
    summary: 'A value is not in the shape the standard needs, such as a 24-hour time or an ONS code.',
    fields: ['value', 'expected'],
    examples: {
      failing: {
        listing: {
          eventSchedule: [
            {
              repeatFrequency: 'P1W',
              byDay: ['Tuesday'],
              startTime: '5pm',
              scheduleTimezone: 'Europe/London',
            },
          ],
        },
      },
      passing: {
        listing: {
          eventSchedule: [
            {
              repeatFrequency: 'P1W',
              byDay: ['Tuesday'],
              startTime: '17:00',
              scheduleTimezone: 'Europe/London',
            },
          ],
        },
      },
    },
  },
  schema_number_out_of_range: {
    severity: 'error',
    summary: 'A number is below the smallest or above the largest the standard allows.',
    fields: ['value', 'comparison', 'limit'],
    examples: {
      failing: { listing: { ageRange: { minValue: -1, maxValue: 19 } } },
      passing: { listing: { ageRange: { minValue: 10, maxValue: 19 } } },
    },
  },
  schema_list_empty: {
    severity: 'error',
    summary: 'A list is empty: leave it out, or add at least one value.',
    fields: ['limit'],
    examples: {
      failing: { listing: { categories: [] } },
      passing: { listing: { categories: ['youth-clubs'] } },
    },
  },
  schema_list_too_long: {
    severity: 'error',
    summary: 'A list has more values than the standard allows.',
    fields: ['limit'],
    examples: {
      failing: { listing: { categories: ELEVEN_CATEGORIES } },
      passing: { listing: { categories: ELEVEN_CATEGORIES.slice(0, 3) } },
    },
  },
  schema_list_has_duplicates: {
    severity: 'error',
    summary: 'A list gives the same value twice.',
    fields: ['first', 'second'],
    examples: {
      failing: { listing: { needs: ['making-friends', 'making-friends'] } },
      passing: { listing: { needs: ['making-friends'] } },
    },
  },
  schema_object_empty: {
    severity: 'error',
    summary: 'A group of properties is empty: leave it out, or fill it in.',
    fields: [],
    examples: {
      failing: { listing: { endings: {} } },
      passing: { listing: { endings: { ongoing: true } } },
    },
  },
  schema_property_not_allowed: {
    severity: 'error',
    summary: 'A property that must not be there in this case, such as data on a deleted feed item.',
    fields: ['property'],
    examples: {
      failing: {
        document: {
          next: 'https://example-youth.org.uk/feed?afterTimestamp=2&afterId=a',
          license: 'https://creativecommons.org/licenses/by/4.0/',
          items: [{ state: 'deleted', kind: 'Listing', id: 'a', modified: 2, data: {} }],
        },
      },
      passing: {
        document: {
          next: 'https://example-youth.org.uk/feed?afterTimestamp=2&afterId=a',
          license: 'https://creativecommons.org/licenses/by/4.0/',
          items: [{ state: 'deleted', kind: 'Listing', id: 'a', modified: 2 }],
        },
      },
    },
  },
  schema_invalid: {
    severity: 'error',
    summary:
      'Any other way the data breaks the JSON Schema (a catch-all the standard does not normally reach).',
    fields: ['keyword', 'detail'],
  },
};

/** Notices about the input as a whole: whether it can be read as OpenYouth data at all. */
export const INPUT_NOTICES: Record<string, NoticeDefinition> = {
  json_syntax_invalid: {
    severity: 'error',
    summary: 'The file is not valid JSON, so nothing in it can be checked.',
    fields: ['problem'],
    examples: {
      failing: { text: '{ "name": "Clifton Youth Club", }' },
      passing: { text: '{ "name": "Clifton Youth Club" }' },
    },
  },
  document_not_recognised: {
    severity: 'error',
    summary: 'The JSON is not a listing, a list of listings, a feed page or a dataset descriptor.',
    fields: ['found'],
    examples: { failing: { document: 'Clifton Youth Club' }, passing: { listing: {} } },
  },
  nesting_too_deep: {
    severity: 'error',
    summary: 'Values are nested deeper than any OpenYouth data can be.',
    fields: ['limit'],
    examples: { failing: { text: `${'['.repeat(80)}${']'.repeat(80)}` }, passing: { text: '[[]]' } },
  },
  item_too_large: {
    severity: 'error',
    summary: 'One item (a line of NDJSON or a feed page) is larger than the validator reads.',
    fields: ['bytes', 'limit'],
  },
};
