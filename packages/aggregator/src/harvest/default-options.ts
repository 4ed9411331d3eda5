import type { Catalogue } from '../catalogue.ts';
import { validatorCheck } from './check.ts';
import type { HarvestCatalogueOptions } from './harvest-catalogue.ts';
import { readerFor } from './readers/converted-readers.ts';

/**
 * How a hub harvests a catalogue: each source read in its format within the catalogue's address
 * allowance, and every page checked with the full validator, dates judged against `checkedAt`.
 */
export function defaultHarvestOptions(
  catalogue: Catalogue,
  checkedAt: Date,
): Pick<HarvestCatalogueOptions, 'readerFor' | 'check'> {
  return {
    readerFor: (source) => readerFor(source, catalogue.allow),
    check: validatorCheck(checkedAt),
  };
}
