import { isObject } from './internal/values.ts';

export type InputFormat = 'spreadsheet' | 'openactive' | 'oruk' | 'openyouth';

function isOpenActive(value: unknown): boolean {
  if (!isObject(value)) return false;
  const context = value['@context'];
  const contexts = Array.isArray(context) ? context : [context];
  if (contexts.some((c) => typeof c === 'string' && c.includes('openactive.io'))) return true;
  // An RPDE page of OpenActive items: the context sits on each item's data.
  return Array.isArray(value.items) && value.items.some((item) => isObject(item) && isOpenActive(item.data));
}

function isHsdsService(value: unknown): boolean {
  return (
    isObject(value) &&
    typeof value.name === 'string' &&
    ('status' in value || 'service_at_locations' in value || 'minimum_age' in value)
  );
}

function isListing(value: unknown): boolean {
  return isObject(value) && value.type === 'Listing';
}

/**
 * The format of an input, from its file name and (for JSON) its shape: `.xlsx`/`.csv` are
 * spreadsheets; JSON with an openactive.io `@context` is OpenActive; HSDS pages and services are
 * Open Referral UK; listings and listing feeds are OpenYouth. Undefined when it cannot tell.
 */
export function detectFormat(name: string, data?: unknown): InputFormat | undefined {
  if (/\.(xlsx|csv)$/i.test(name)) return 'spreadsheet';
  if (data === undefined) return undefined;
  const first = Array.isArray(data) ? data[0] : data;
  if (isOpenActive(first)) return 'openactive';
  if (isListing(first)) return 'openyouth';
  if (
    isObject(first) &&
    Array.isArray(first.items) &&
    first.items.some((item) => isObject(item) && isListing(item.data))
  ) {
    return 'openyouth';
  }
  if (isObject(first) && Array.isArray(first.contents) && 'total_items' in first) return 'oruk';
  if (isObject(first) && Array.isArray(first.services) && first.services.some(isHsdsService)) return 'oruk';
  if (isHsdsService(first)) return 'oruk';
  return undefined;
}
