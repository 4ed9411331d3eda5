/** The shape of a UK postcode (Royal Mail's rules for outward and inward codes), space optional. */
const POSTCODE =
  /^(GIR ?0AA|[A-PR-UWYZ]([0-9]{1,2}|[A-HK-Y][0-9]{1,2}|[0-9][A-HJKPS-UW]|[A-HK-Y][0-9][ABEHMNPRV-Y]) ?[0-9][ABD-HJLNP-UW-Z]{2})$/;

export function isUkPostcode(text: string): boolean {
  return POSTCODE.test(text.trim().toUpperCase());
}

/** The postcode area: the one or two letters at the start ("BS" of "BS5 9PN"). */
export function postcodeArea(text: string): string {
  return /^[A-Z]{1,2}/.exec(text.trim().toUpperCase())?.[0] ?? '';
}

/** UK rules apply when the address says GB, or says no country (the standard's default). */
export const isUkAddress = (country: string | undefined) => country === undefined || country === 'GB';
