import { writeFile } from 'node:fs/promises';
import { csvTemplate, xlsxTemplate } from '@openyouth/convert';
import type { Output } from '../internal/output.ts';
import { CONVERT_EXIT } from './choices.ts';

export interface TemplateOptions {
  format: 'csv' | 'xlsx';
  output: string;
}

/** `openyouth template`: writes an empty spreadsheet for a provider to fill in. */
export async function templateCommand(options: TemplateOptions, output: Output): Promise<number> {
  try {
    if (options.format === 'xlsx') {
      await writeFile(options.output, await xlsxTemplate());
      output.log(
        `Wrote ${options.output}: fill in the Listings sheet (see the Instructions sheet), then run openyouth convert ${options.output} -o listings.json`,
      );
      return CONVERT_EXIT.converted;
    }
    const files = csvTemplate();
    const stem = options.output.replace(/\.csv$/i, '');
    const paths = [`${stem}.csv`, `${stem}.schedules.csv`, `${stem}.prices.csv`] as const;
    await writeFile(paths[0], files.listings);
    await writeFile(paths[1], files.schedules);
    await writeFile(paths[2], files.prices);
    output.log(
      `Wrote ${paths.join(', ')}: one row per listing, then run openyouth convert ${paths[0]} -o listings.json`,
    );
    return CONVERT_EXIT.converted;
  } catch (error) {
    output.error(`Could not write the template: ${(error as Error).message}`);
    return CONVERT_EXIT.couldNotRun;
  }
}
