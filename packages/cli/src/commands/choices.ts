/**
 * What the command line accepts and the exit codes it answers with, kept apart from the commands'
 * work so that defining the program (and `openyouth --help`) loads none of the heavy packages.
 */

export const FORMATS = ['text', 'json', 'sarif', 'html'] as const;

/** `validate`: 0 nothing at or above the threshold, 1 problems found, 2 the check could not run. */
export const EXIT = { valid: 0, invalid: 1, couldNotRun: 2 } as const;

/**
 * `convert` and `template`: 0 converted cleanly, 1 some items could not be converted, 2 the
 * conversion could not run. The validator's notices on listings that were kept are shown but do
 * not change the code: `openyouth validate --fail-on` is the gate for data quality.
 */
export const CONVERT_EXIT = { converted: 0, itemsNotConverted: 1, couldNotRun: 2 } as const;

export const FROM_FORMATS = ['spreadsheet', 'openactive', 'oruk', 'openyouth'] as const;
export const TO_FORMATS = ['openyouth', 'oruk', 'jsonld', 'csv', 'xlsx'] as const;

/** `harvest`: 0 every source harvested, 1 some sources failed, 2 the harvest could not run. */
export const HARVEST_EXIT = { ok: 0, someFailed: 1, couldNotRun: 2 } as const;

/** `health`: 0 no source failing, 1 some source's last harvest failed, 2 the report could not run. */
export const HEALTH_EXIT = { ok: 0, someFailing: 1, couldNotRun: 2 } as const;

export const HEALTH_FORMATS = ['text', 'json', 'html'] as const;

/** `serve`: 0 stopped (SIGINT or SIGTERM), 2 could not start (the port taken, say). */
export const SERVE_EXIT = { stopped: 0, couldNotRun: 2 } as const;

/** `publishers`: 0 done, 1 nothing to do (no such key), 2 could not run. */
export const PUBLISHERS_EXIT = { ok: 0, notFound: 1, couldNotRun: 2 } as const;
