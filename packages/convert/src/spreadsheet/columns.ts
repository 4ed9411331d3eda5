import { type Concept, Listing, namedSchemas, Offer, Schedule, vocabularies } from '@openyouth/schema';

/** How a cell's text becomes a value: the JSON Schema shape of the property behind the column. */
export type CellType = 'text' | 'integer' | 'number' | 'boolean' | 'date' | 'date-time' | 'time' | 'enum';

export interface Column {
  /** The property path inside the row's object, e.g. `organizer.name` or `ageRange.minValue`. */
  readonly path: readonly string[];
  /** The header people see, e.g. 'Minimum age'. */
  readonly title: string;
  readonly type: CellType;
  /** Several values in one cell, separated by commas. */
  readonly list: boolean;
  readonly required: boolean;
  readonly description: string;
  /** Allowed values, for enum columns. */
  readonly values?: readonly string[];
  /** Labels people may write instead of the ids, keyed by lower-case label. */
  readonly labels?: ReadonlyMap<string, string>;
  readonly example?: unknown;
}

/** A sheet of rows: the listings themselves, or one of the lists linked to them by listing id. */
export interface SheetSpec {
  readonly name: string;
  /** For a linked sheet: the listing property its rows fill, one row per item. */
  readonly property?: 'eventSchedule' | 'offers';
  readonly columns: readonly Column[];
}

type Schema = Record<string, unknown> & { properties?: Record<string, Schema>; required?: string[] };

const byId = new Map<string, Schema>(namedSchemas.map((s) => [s.$id, s as unknown as Schema]));

// Headers people understand beat ones derived from property names; the rest are derived.
const TITLES: Readonly<Record<string, string>> = {
  id: 'ID (web address)',
  'ageRange.minValue': 'Minimum age',
  'ageRange.maxValue': 'Maximum age',
  'ageRestriction.minValue': 'Enforced minimum age',
  'ageRestriction.maxValue': 'Enforced maximum age',
  'ageRestriction.description': 'Enforced ages notes',
  'location.address.streetAddress': 'Street address',
  'location.address.addressLocality': 'Town or city',
  'location.address.addressRegion': 'County or region',
  'location.address.postalCode': 'Postcode',
  'location.address.addressCountry': 'Country code',
  'location.geo.latitude': 'Latitude',
  'location.geo.longitude': 'Longitude',
  'location.name': 'Venue name',
  'location.id': 'Venue ID (web address)',
  'location.description': 'How to find the venue',
  'location.publicTransport': 'Public transport',
  isAccessibleForFree: 'Free',
  fiveWaysToWellbeing: 'Five Ways to Wellbeing',
  dateModified: 'Last changed',
  scheduleTimezone: 'Timezone',
  repeatFrequency: 'Repeats',
  byDay: 'Days',
  byMonthWeek: 'Weeks of the month',
  byMonthDay: 'Days of the month',
  exceptDate: 'Not on these dates',
  schoolTermsArea: 'School terms area (GSS code)',
};

const ACRONYMS: Readonly<Record<string, string>> = { url: 'web address', id: 'ID', send: 'SEND' };

function words(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(' ')
    .map((word) => ACRONYMS[word] ?? word)
    .join(' ');
}

function titleOf(path: readonly string[]): string {
  const key = path.join('.');
  const given = TITLES[key] ?? TITLES[path.at(-1) ?? ''];
  if (given && (TITLES[key] || path.length === 1)) return given;
  const text = path.map(words).join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function resolve(schema: Schema): Schema {
  const ref = schema.$ref;
  return typeof ref === 'string' ? { ...(byId.get(ref) ?? {}), ...schema } : schema;
}

function enumLabels(schema: Schema): { values: string[]; labels?: Map<string, string> } | undefined {
  const values = schema.enum as string[] | undefined;
  if (!values) return undefined;
  const vocabulary = vocabularies.find((v) => v.id === schema.vocabulary);
  if (!vocabulary) return { values };
  const labels = new Map<string, string>();
  for (const concept of vocabulary.concepts as readonly Concept[])
    labels.set(concept.label.toLowerCase(), concept.id);
  return { values, labels };
}

function cellTypeOf(schema: Schema): CellType | undefined {
  if (schema.enum && schema.type === 'string') return 'enum';
  if (schema.type === 'boolean') return 'boolean';
  if (schema.type === 'integer') return 'integer';
  if (schema.type === 'number') return 'number';
  if (schema.type !== 'string') return undefined;
  if (schema.format === 'date') return 'date';
  if (schema.format === 'date-time') return 'date-time';
  if (typeof schema.pattern === 'string' && schema.pattern.includes('[0-5][0-9]$') && schema.maxLength === 5)
    return 'time';
  return 'text';
}

/** Columns for an object schema, flattening nested objects; lists of objects are not columns. */
function columnsOf(
  schema: Schema,
  prefix: string[],
  requiredChain: boolean,
  skip: ReadonlySet<string>,
): Column[] {
  const columns: Column[] = [];
  const required = new Set(schema.required ?? []);
  for (const [key, raw] of Object.entries(schema.properties ?? {})) {
    const path = [...prefix, key];
    if (key === 'type' || skip.has(path.join('.'))) continue;
    const property = resolve(raw);
    const isRequired = requiredChain && required.has(key);
    const description = String(raw.description ?? property.description ?? '');
    const example =
      (raw.examples as unknown[] | undefined)?.[0] ?? (property.examples as unknown[] | undefined)?.[0];
    if (property.type === 'object' || property.properties) {
      columns.push(...columnsOf(property, path, isRequired, skip));
      continue;
    }
    const isList = property.type === 'array';
    const item = isList ? resolve(property.items as Schema) : property;
    if (isList && (item.type === 'object' || item.properties)) continue;
    const type = isList && item.type === 'integer' && item.enum ? 'integer' : cellTypeOf(item);
    if (!type) continue;
    const enums = type === 'enum' ? enumLabels(item.enum ? item : property) : undefined;
    columns.push({
      path,
      title: titleOf(path),
      type,
      list: isList,
      required: isRequired,
      description,
      ...(enums?.values ? { values: enums.values } : {}),
      ...(enums?.labels ? { labels: enums.labels } : {}),
      ...(example !== undefined ? { example } : {}),
    });
  }
  return columns;
}

const LISTING_SKIP = new Set(['eventSchedule', 'offers']);

export const LINK_COLUMN: Column = {
  path: ['listing'],
  title: 'Listing ID',
  type: 'text',
  list: false,
  required: true,
  description: "The 'ID (web address)' of the listing this row belongs to, exactly as in the Listings sheet.",
  example: 'https://brightsparksyouth.org.uk/listings/tuesday-youth-club',
};

/** The sheets of the spreadsheet, derived from the schema so they follow the standard. */
export const SHEETS: readonly SheetSpec[] = [
  { name: 'Listings', columns: columnsOf(Listing as unknown as Schema, [], true, LISTING_SKIP) },
  {
    name: 'Schedules',
    property: 'eventSchedule',
    columns: [LINK_COLUMN, ...columnsOf(Schedule as unknown as Schema, [], true, new Set())],
  },
  {
    name: 'Prices',
    property: 'offers',
    columns: [LINK_COLUMN, ...columnsOf(Offer as unknown as Schema, [], true, new Set())],
  },
];

export const LISTINGS_SHEET = SHEETS[0] as SheetSpec;

/** Top-level or nested listing properties the sheets cannot hold (lists of objects). */
export const NOT_CARRIED: readonly string[] = [
  'image',
  'areaServed',
  'safeguarding.qualityMarks',
  'safeguarding.registrations',
  'endings.followOn',
];
