import { buildOpenApi, type JsonSchema } from '@openyouth/schema';

/** The standard's OpenAPI document, built once: the routes take their parameters from it. */
export const openApiDocument = buildOpenApi() as {
  paths: Record<string, Record<string, { operationId: string; parameters?: SpecParameter[] }>>;
} & JsonSchema;

export interface SpecParameter {
  name: string;
  in: 'query' | 'path';
  description: string;
  schema: JsonSchema;
  style?: string;
  explode?: boolean;
}

export function specOperation(path: string, method = 'get') {
  const operation = openApiDocument.paths[path]?.[method];
  if (!operation) throw new Error(`the standard has no ${method.toUpperCase()} ${path}`);
  return operation;
}

/** The names of an operation's comma-separated list parameters (`style: form, explode: false`). */
export function listParameters(path: string): string[] {
  return (specOperation(path).parameters ?? [])
    .filter((parameter) => parameter.in === 'query' && parameter.schema.type === 'array')
    .map((parameter) => parameter.name);
}

/**
 * The JSON Schema of an operation's parameters in one place (`query` or `path`), as Fastify
 * validates them. Unknown query parameters are refused so that a typo is not silently ignored.
 */
export function parametersSchema(path: string, place: 'query' | 'path'): JsonSchema {
  const parameters = (specOperation(path).parameters ?? []).filter((parameter) => parameter.in === place);
  return {
    type: 'object',
    properties: Object.fromEntries(parameters.map((parameter) => [parameter.name, parameter.schema])),
    required: parameters.filter((parameter) => parameter.in === 'path').map((parameter) => parameter.name),
    additionalProperties: false,
  };
}
