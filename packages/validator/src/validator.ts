import { type Listing, SPEC_VERSION } from '@openyouth/schema';
import type { ValidateFunction } from 'ajv';
import { createContext } from './context.ts';
import { createFeedChecks, type FeedChecks } from './feed/feed-checks.ts';
import { arrayStart, itemByItem, itemEnd, onlyWhiteSpaceFrom } from './internal/array-items.ts';
import { isDeeperThan } from './internal/depth.ts';
import { parseJson } from './internal/parse-json.ts';
import { locatePointers } from './internal/positions.ts';
import { en } from './locales/en.ts';
import type { Finding, Notice, Severity, SeverityOverrides } from './notice.ts';
import { noticeCatalogue } from './notices.ts';
import type {
  DocumentKind,
  InputSummary,
  NoticeGroup,
  Report,
  SeverityCounts,
  ToolProblem,
} from './report.ts';
import { bySeverityThenCode } from './report.ts';
import type { FinishContext, Rule, RuleContext } from './rules/define-rule.ts';
import { rules } from './rules/index.ts';
import { toSchemaNotice } from './schema/schema-notices.ts';
import { type DocumentSchema, passes, schemaErrors, stemValidators } from './schema/validators.ts';
import { VALIDATOR_NAME, VALIDATOR_VERSION } from './version.ts';

export interface ValidatorOptions {
  /** The moment rules judge "past" and "stale" against; defaults to the time the run starts. */
  now?: Date;
  /** The timezone "today" is counted in; defaults to Europe/London. */
  timeZone?: string;
  locale?: string;
  /** Severity per code for this run, or `off` to drop a code. */
  severity?: SeverityOverrides;
  /** How many notices of each code are kept in full (totals are always exact). Default 20. */
  maxSamplesPerCode?: number;
  /** Nesting deeper than this is reported and not read further. Default 64. */
  maxDepth?: number;
  /** Called with each listing that passed the schema, for callers that want the data too. */
  onListing?: (listing: Listing, where: { documentName: string; listingPath: string }) => void;
  /**
   * Called with every notice as it is found (codes turned `off` aside), whether or not the report
   * keeps it as a sample, for callers that want each listing's notices rather than a report: with
   * `maxSamplesPerCode: 0`, no notice is written up that the caller does not ask for.
   */
  onFinding?: (finding: Finding) => void;
}

/** Where a document came from; with `text`, notices get a line and column. */
export interface DocumentSource {
  /** The input it belongs to, as shown in reports: a path, a URL or `-`. */
  name: string;
  /** The JSON text the document was parsed from. */
  text?: string;
  /** The line of the input `text` starts on (NDJSON lines), 1 by default. */
  line?: number;
  /** How the input is described in the summary, when it is not the document's own kind. */
  inputKind?: InputSummary['kind'];
  /** A name for the document inside its input (a feed page's URL, an NDJSON line), for duplicate checks. */
  documentName?: string;
  /**
   * The schema to check the document against, by file stem (`organization`, `schedule`), instead of
   * telling the kind from its shape. Rules about meaning run only on listings.
   */
  schema?: string;
  /** The input the document belongs to in the summary, when several documents make one input (a feed's pages). */
  input?: string;
  /** The checks shared by the pages of one feed being walked; a lone page gets its own. */
  feed?: FeedChecks;
}

export interface Validator {
  /** Parses a JSON text and checks the document in it. */
  text(text: string, source: DocumentSource): DocumentKind | undefined;
  /** Checks one parsed JSON document: a listing, an array of listings, a feed page or a dataset. */
  document(value: unknown, source: DocumentSource): DocumentKind;
  /** Records a notice found outside the document checks, such as an oversized NDJSON line. */
  notice(code: string, source: DocumentSource, instancePath: string, params?: Record<string, unknown>): void;
  /** Records a problem in the tool or its surroundings, kept apart from problems in the data. */
  problem(problem: ToolProblem): void;
  /** Ends the run: dataset-wide rules report, and the report is assembled. */
  finish(): Report;
}

interface Group {
  code: string;
  severity: Severity;
  total: number;
  samples: Notice[];
}

const KIND_OF_SCHEMA: Record<string, DocumentKind> = {
  listing: 'listing',
  'feed-page': 'feed-page',
  dataset: 'dataset',
};
const kindOfSchema = (schema: string): DocumentKind => KIND_OF_SCHEMA[schema] ?? 'unknown';

/** The message of a notice, in English; a value that cannot be printed must not stop the report. */
export function noticeMessage(code: string, params: Record<string, unknown>): string {
  try {
    return en[code]?.message(params) ?? code;
  } catch {
    return `${code} (see docs/rules/${code}.md)`;
  }
}

const emptyCounts = (): SeverityCounts => ({ error: 0, warning: 0, info: 0 });

export function createValidator(options: ValidatorOptions = {}): Validator {
  const startedAt = new Date();
  const context = createContext({
    ...(options.now ? { now: options.now } : {}),
    ...(options.timeZone ? { timeZone: options.timeZone } : {}),
    ...(options.locale ? { locale: options.locale } : {}),
  });
  const maxSamples = options.maxSamplesPerCode ?? 20;
  const maxDepth = options.maxDepth ?? 64;
  const overrides = options.severity ?? {};
  const catalogue = noticeCatalogue();
  const groups = new Map<string, Group>();
  const inputs = new Map<string, InputSummary>();
  const problems: ToolProblem[] = [];
  const ruleStates = new Map<string, unknown>();
  const listingsChecked = { checked: 0, failedSchema: 0 };

  // Notices of the document being checked that were kept as samples and want a position.
  let pending: Notice[] = [];
  let currentSource: DocumentSource = { name: '' };
  let currentInput: InputSummary | undefined;

  const severityOf = (code: string): Severity | 'off' =>
    overrides[code] ?? catalogue.get(code)?.severity ?? 'error';

  /** `instancePath` is into the listing at `listingPath` when there is one, else into the document. */
  function record(
    code: string,
    instancePath: string,
    params: Record<string, unknown>,
    source: DocumentSource,
    listingPath?: string,
  ) {
    const severity = severityOf(code);
    if (severity === 'off') return;
    let group = groups.get(code);
    if (!group) {
      group = { code, severity, total: 0, samples: [] };
      groups.set(code, group);
    }
    group.total++;
    const input = inputs.get(source.input ?? source.name);
    if (input) input.counts[severity]++;
    options.onFinding?.({ code, severity, instancePath, params, listingPath });
    if (group.samples.length >= maxSamples) return;
    const notice: Notice = {
      code,
      severity,
      instancePath: listingPath === undefined ? instancePath : `${listingPath}${instancePath}`,
      params,
      message: noticeMessage(code, params),
      source: { name: source.name },
    };
    group.samples.push(notice);
    if (source === currentSource && source.text !== undefined) pending.push(notice);
  }

  /** Where a notice is shown in the file: at the property it names, when it names one. */
  const positionPointer = (notice: Notice) =>
    notice.code === 'schema_unknown_property'
      ? `${notice.instancePath}/${String(notice.params.property)}`
      : notice.instancePath;

  function resolvePositions() {
    const text = currentSource.text;
    if (pending.length === 0 || text === undefined) return;
    const positions = locatePointers(text, pending.map(positionPointer));
    const firstLine = currentSource.line ?? 1;
    for (const notice of pending) {
      const position = positions.get(positionPointer(notice));
      if (position && notice.source) {
        notice.source.line = position.line + firstLine - 1;
        notice.source.column = position.column;
      }
    }
    pending = [];
  }

  function inputFor(source: DocumentSource, kind: DocumentKind): InputSummary {
    const name = source.input ?? source.name;
    let input = inputs.get(name);
    if (!input) {
      input = { name, kind: source.inputKind ?? kind, listings: 0, counts: emptyCounts() };
      inputs.set(name, input);
    }
    return input;
  }

  /** The schema pass: stop at the first error for every item, then every error only for items that failed. */
  function checkSchema(
    schema: DocumentSchema,
    value: unknown,
    path: string,
    source: DocumentSource,
  ): boolean {
    if (passes(schema, value)) return true;
    // A listing's notices point into it, with its place beside them.
    const [prefix, listingPath] = schema === 'listing' ? ['', path] : [path, undefined];
    if (isDeeperThan(value, maxDepth)) {
      record('nesting_too_deep', prefix, { limit: maxDepth }, source, listingPath);
      return false;
    }
    for (const error of schemaErrors(schema, value)) {
      const notice = toSchemaNotice(error);
      if (notice) record(notice.code, `${prefix}${notice.instancePath}`, notice.params, source, listingPath);
    }
    return false;
  }

  let activeRule: Rule | undefined;
  const state = <T>(create: () => T): T => {
    const id = activeRule?.id ?? '';
    if (!ruleStates.has(id)) ruleStates.set(id, create());
    return ruleStates.get(id) as T;
  };

  function checkListing(value: unknown, path: string, source: DocumentSource) {
    listingsChecked.checked++;
    if (currentInput) currentInput.listings++;
    if (!checkSchema('listing', value, path, source)) {
      listingsChecked.failedSchema++;
      return;
    }
    const listing = value as Listing;
    const documentName = source.documentName ?? source.name;
    const listingPlace = source.line === undefined ? path || '/' : `line ${source.line}${path}`;
    const ctx: RuleContext = { ...context, listing, documentName, listingPath: path, listingPlace, state };
    const emit = (code: string, instancePath: string, params: Record<string, unknown> = {}) =>
      record(code, instancePath, params, source, path);
    for (const rule of rules) {
      activeRule = rule;
      try {
        rule.check(ctx, emit);
      } catch (error) {
        problems.push({
          code: 'OY_ERR_VALIDATOR_INTERNAL',
          message: `Rule ${rule.id} failed on ${source.name}#${path}: ${(error as Error).message}. Please report this.`,
          input: source.name,
        });
      }
    }
    activeRule = undefined;
    options.onListing?.(listing, { documentName, listingPath: path });
  }

  /**
   * An array of listings parsed and checked one item at a time (see internal/array-items.ts), with
   * the report exactly as if the text had been parsed whole. Until the last item has parsed, the text
   * may yet turn out not to be JSON, when the report must only say so: everything recorded for the
   * document is then undone and undefined returned, for the caller to parse the text whole.
   * Only for big texts (see `itemByItem`), while no rule keeps state (the run's first document,
   * usually the big one), as a rule's state cannot be rolled back in general; and not with
   * `onListing` or `onFinding`, whose calls cannot be taken back.
   */
  function checkItemByItem(text: string, given: DocumentSource): DocumentKind | undefined {
    if (
      text.length < itemByItem.minLength ||
      ruleStates.size > 0 ||
      options.onListing ||
      options.onFinding ||
      given.schema
    )
      return undefined;
    const first = arrayStart(text);
    if (first < 0) return undefined;
    const source: DocumentSource = { ...given, text };
    const name = source.input ?? source.name;
    const savedInput = inputs.get(name);
    const saved = {
      groups: new Map(
        [...groups].map(([code, group]) => [code, [group.total, group.samples.length] as const]),
      ),
      input: savedInput && { listings: savedInput.listings, counts: { ...savedInput.counts } },
      listings: { ...listingsChecked },
      problems: problems.length,
    };
    currentSource = source;
    currentInput = inputFor(source, 'listings');
    let failure: Error | undefined;
    let parsed = true;
    for (let start = first, index = 0; ; index++) {
      const end = itemEnd(text, start);
      if (end < 0) {
        parsed = false;
        break;
      }
      let item: unknown;
      try {
        item = JSON.parse(text.slice(start, end));
      } catch {
        parsed = false;
        break;
      }
      // Like the whole document's check: an error in the tool stops the checking, not the parsing.
      if (!failure) {
        try {
          checkListing(item, `/${index}`, source);
        } catch (error) {
          failure = error as Error;
        }
      }
      if (text.charCodeAt(end) === 93) {
        parsed = onlyWhiteSpaceFrom(text, end + 1);
        break;
      }
      start = end + 1;
    }
    activeRule = undefined;
    currentInput = undefined;
    if (!parsed) {
      for (const [code, group] of groups) {
        const before = saved.groups.get(code);
        if (!before) groups.delete(code);
        else [group.total, group.samples.length] = before;
      }
      if (!saved.input) inputs.delete(name);
      else Object.assign(inputs.get(name) as InputSummary, saved.input);
      Object.assign(listingsChecked, saved.listings);
      problems.length = saved.problems;
      ruleStates.clear();
      pending = [];
      return undefined;
    }
    if (failure) {
      problems.push({
        code: 'OY_ERR_VALIDATOR_INTERNAL',
        message: `Checking ${source.name} failed: ${failure.message}. Please report this.`,
        input: source.name,
      });
    } else resolvePositions();
    pending = [];
    return 'listings';
  }

  function checkFeedPage(page: Record<string, unknown>, source: DocumentSource) {
    const items = Array.isArray(page.items) ? (page.items as unknown[]) : undefined;
    // The page without its items first: then each item alone, so one bad item does not hide the rest.
    checkSchema('feedPage', { ...page, items: [] }, '', source);
    if (!items) return;
    (source.feed ?? createFeedChecks()).page(page, (code, instancePath, params) =>
      record(code, instancePath, params, source),
    );
    items.forEach((item, index) => {
      const path = `/items/${index}`;
      if (!checkSchema('feedItemEnvelope', item, path, source)) return;
      const data = (item as { data?: unknown }).data;
      if (data !== undefined) checkListing(data, `${path}/data`, source);
    });
  }

  function checkAgainst(
    validators: { fast: ValidateFunction; all: ValidateFunction },
    value: unknown,
    source: DocumentSource,
  ) {
    if (validators.fast(value)) return;
    if (isDeeperThan(value, maxDepth)) {
      record('nesting_too_deep', '', { limit: maxDepth }, source);
      return;
    }
    validators.all(value);
    for (const error of validators.all.errors ?? []) {
      const notice = toSchemaNotice(error);
      if (notice) record(notice.code, notice.instancePath, notice.params, source);
    }
  }

  function kindOf(value: unknown): DocumentKind {
    if (Array.isArray(value)) return 'listings';
    if (typeof value !== 'object' || value === null) return 'unknown';
    if ('items' in value && 'next' in value) return 'feed-page';
    if ((value as { type?: unknown }).type === 'Dataset') return 'dataset';
    return 'listing';
  }

  const validator: Validator = {
    text(text, source) {
      const kind = checkItemByItem(text, source);
      if (kind) return kind;
      const parsed = parseJson(text);
      if (parsed.ok) return validator.document(parsed.value, { ...source, text });
      currentSource = source;
      inputFor(source, 'unknown');
      if (parsed.reason === 'too-deep') {
        record('nesting_too_deep', '', { limit: maxDepth }, source);
      } else {
        record('json_syntax_invalid', '', { problem: parsed.problem }, source);
        const notice = groups.get('json_syntax_invalid')?.samples.at(-1);
        if (
          notice?.source &&
          parsed.position &&
          notice.source.name === source.name &&
          notice.source.line === undefined
        ) {
          notice.source.line = parsed.position.line + (source.line ?? 1) - 1;
          notice.source.column = parsed.position.column;
        }
      }
      pending = [];
      return undefined;
    },

    document(value, source) {
      const kind = source.schema ? kindOfSchema(source.schema) : kindOf(value);
      currentSource = source;
      currentInput = inputFor(source, kind);
      try {
        if (source.schema && kind === 'unknown') {
          const validators = stemValidators(source.schema);
          if (!validators) throw new Error(`there is no schema '${source.schema}'`);
          checkAgainst(validators, value, source);
        } else
          switch (kind) {
            case 'listing':
              checkListing(value, '', source);
              break;
            case 'listings':
              (value as unknown[]).forEach((item, index) => {
                checkListing(item, `/${index}`, source);
              });
              break;
            case 'feed-page':
              checkFeedPage(value as Record<string, unknown>, source);
              break;
            case 'dataset':
              checkSchema('dataset', value, '', source);
              break;
            case 'unknown':
              record(
                'document_not_recognised',
                '',
                { found: value === null ? 'null' : typeof value },
                source,
              );
              break;
          }
        resolvePositions();
      } catch (error) {
        problems.push({
          code: 'OY_ERR_VALIDATOR_INTERNAL',
          message: `Checking ${source.name} failed: ${(error as Error).message}. Please report this.`,
          input: source.name,
        });
      }
      pending = [];
      currentInput = undefined;
      return kind;
    },

    notice(code, source, instancePath, params = {}) {
      inputFor(source, 'unknown');
      record(code, instancePath, params, source);
    },

    problem(problem) {
      problems.push(problem);
    },

    finish() {
      currentSource = { name: '' };
      const finishContext: FinishContext = { ...context, state };
      for (const rule of rules) {
        if (!rule.finish) continue;
        activeRule = rule;
        rule.finish(finishContext, (code, at, params = {}) =>
          record(code, at.instancePath, params, { name: at.documentName }),
        );
      }
      activeRule = undefined;
      const notices: NoticeGroup[] = [...groups.values()]
        .sort(bySeverityThenCode)
        .map((group) => ({ ...group, summary: catalogue.get(group.code)?.summary ?? '' }));
      const counts = emptyCounts();
      for (const group of notices) counts[group.severity] += group.total;
      return {
        summary: {
          validator: { name: VALIDATOR_NAME, version: VALIDATOR_VERSION },
          specVersion: SPEC_VERSION,
          startedAt: startedAt.toISOString(),
          durationMs: Date.now() - startedAt.getTime(),
          today: context.today,
          timeZone: context.timeZone,
          inputs: [...inputs.values()],
          listings: { ...listingsChecked },
          counts,
          maxSamplesPerCode: maxSamples,
        },
        notices,
        problems,
      };
    },
  };
  return validator;
}

/**
 * Checks one parsed document (a listing, an array of listings, a feed page or a dataset descriptor,
 * told apart by shape), or a value against the named `schema` (`organization`, `schedule`).
 */
export function validate(
  input: unknown,
  options: ValidatorOptions & { name?: string; schema?: string } = {},
): Report {
  const validator = createValidator(options);
  validator.document(input, {
    name: options.name ?? 'input',
    ...(options.schema ? { schema: options.schema } : {}),
  });
  return validator.finish();
}

/** Parses a JSON text and checks it; notices carry line and column. */
export function validateText(text: string, options: ValidatorOptions & { name?: string } = {}): Report {
  const validator = createValidator(options);
  validator.text(text, { name: options.name ?? 'input' });
  return validator.finish();
}
