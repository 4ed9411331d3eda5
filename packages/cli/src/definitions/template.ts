import { Option } from 'commander';
import type { TemplateOptions } from '../commands/template.ts';
import type { DefineCommand } from './types.ts';

export const defineTemplate: DefineCommand = (program, output, setExitCode) => {
  program
    .command('template')
    .description('write an empty spreadsheet template (with instructions) for listings')
    .addOption(new Option('--format <format>', 'csv or xlsx').choices(['csv', 'xlsx']).default('xlsx'))
    .requiredOption('-o, --output <file>', 'where to write the template')
    .action(async (options: TemplateOptions) => {
      const { templateCommand } = await import('../commands/template.ts');
      setExitCode(await templateCommand(options, output));
    });
};
