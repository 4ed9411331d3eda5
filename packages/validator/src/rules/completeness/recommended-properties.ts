import { Listing, namedSchemas } from '@openyouth/schema';
import { escapeToken } from '../../internal/pointer.ts';
import { defineRule, type Emit } from '../define-rule.ts';

/** The recommended properties below one kind of object, as a tree pruned to where they are. */
interface Node {
  recommended: string[];
  /** Each property with recommended properties below it, with its name as a JSON Pointer token. */
  children: { name: string; token: string; node: Node }[];
  /** Set when the node is an array, whose items are checked with `children` and `recommended`. */
  isArray?: boolean;
}

/** Properties a specific rule already reports, more precisely, when they are missing. */
const REPORTED_ELSEWHERE = new Set([
  '/referral',
  '/safeguarding',
  '/consentAndAccompaniment',
  '/location/geo',
]);

type SchemaNode = {
  $ref?: string;
  properties?: Record<string, SchemaNode>;
  items?: SchemaNode;
  recommended?: boolean;
};

/** Built from the source-only `recommended: true` markers in the TypeBox schemas. */
function buildTree(schema: SchemaNode, path: string, seen: ReadonlySet<string>): Node | undefined {
  const byId = new Map(namedSchemas.map((named) => [named.$id, named as SchemaNode]));
  const resolved = schema.$ref ? byId.get(schema.$ref) : schema;
  if (!resolved || (schema.$ref && seen.has(schema.$ref))) return undefined;
  const nextSeen = schema.$ref ? new Set([...seen, schema.$ref]) : seen;
  if (resolved.items) {
    const item = buildTree(resolved.items, path, nextSeen);
    return item ? { ...item, isArray: true } : undefined;
  }
  const node: Node = { recommended: [], children: [] };
  for (const [name, property] of Object.entries(resolved.properties ?? {})) {
    const propertyPath = `${path}/${name}`;
    if (property.recommended && !REPORTED_ELSEWHERE.has(propertyPath)) node.recommended.push(name);
    const child = buildTree(property, propertyPath, nextSeen);
    if (child) node.children.push({ name, token: escapeToken(name), node: child });
  }
  return node.recommended.length > 0 || node.children.length > 0 ? node : undefined;
}

let tree: Node | undefined;

// The way from the listing to the object being visited, as pointer tokens, shared by every check:
// the pointer itself is only put together for a notice, as this runs on every object of every listing.
const path: (string | number)[] = [];
const pointerHere = () => (path.length === 0 ? '' : `/${path.join('/')}`);

type EmitMissing = Emit<'recommended_property_missing'>;

function visit(value: unknown, node: Node, listing: Listing, emit: EmitMissing): void {
  if (node.isArray && Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      path.push(index);
      visitItem(value[index], node, listing, emit);
      path.pop();
    }
  } else visitItem(value, node, listing, emit);
}

/** One object, or one item of an array of them. */
function visitItem(value: unknown, node: Node, listing: Listing, emit: EmitMissing): void {
  if (typeof value !== 'object' || value === null) return;
  const record = value as Record<string, unknown>;
  for (const property of node.recommended) {
    if (record[property] !== undefined) continue;
    if (path.length === 0 && skipAtTop(property, listing)) continue;
    emit('recommended_property_missing', pointerHere(), { property });
  }
  for (const child of node.children) {
    const childValue = record[child.name];
    if (childValue === undefined) continue;
    path.push(child.token);
    visit(childValue, child.node, listing, emit);
    path.pop();
  }
}

export default defineRule({
  id: 'recommended-properties',
  notices: {
    recommended_property_missing: {
      severity: 'info',
      summary:
        'A property the standard recommends is missing; the listing is valid without it, but better with it.',
      fields: ['property'],
      examples: {
        failing: { listing: {}, omit: ['lastVerified'] },
        passing: {
          listing: {
            endings: {
              ongoing: true,
              howEndingsAreHandled: 'Youth workers help you find adult groups in your last year.',
              followOn: [
                { id: 'https://nottinghamyouthhubs.org.uk/listings/young-leaders', name: 'Young Leaders' },
              ],
            },
          },
        },
      },
    },
  },
  check({ listing }, emit) {
    tree ??= buildTree(Listing as SchemaNode, '', new Set()) ?? { recommended: [], children: [] };
    path.length = 0;
    visit(listing, tree, listing, emit);
  },
});

/** An online listing has no venue, and one by appointment no timetable. */
function skipAtTop(property: string, listing: Listing): boolean {
  if (property === 'location') return listing.attendanceMode === 'online';
  if (property === 'eventSchedule') return listing.byAppointment === true;
  return false;
}
