// The shape of a full UK postcode: outward code (area, district), then inward code (sector, unit).
const POSTCODE = /^([A-Z]{1,2}[0-9][A-Z0-9]?)([0-9][A-Z]{2})$/;

/** `bs5 9jb`, `BS59JB` and ` BS5  9JB ` all become `BS5 9JB`; anything not shaped like a postcode becomes undefined. */
export function normalisePostcode(text: string): string | undefined {
  const match = POSTCODE.exec(text.toUpperCase().replace(/\s+/g, ''));
  return match ? `${match[1]} ${match[2]}` : undefined;
}
