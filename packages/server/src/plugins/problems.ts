import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import { type RequestFault, ServerError } from '../errors.ts';
import { describeIssue, type ValidationIssue } from './validation-messages.ts';

/** An RFC 9457 problem, as the standard's `Problem` schema describes it. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: RequestFault[];
}

const TITLES: Record<number, string> = {
  400: 'Bad request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not found',
  405: 'Method not allowed',
  413: 'Request body too large',
  415: 'Unsupported media type',
  422: 'Unprocessable listing',
  429: 'Too many requests',
  500: 'Internal server error',
  502: 'Bad gateway',
};

export function sendProblem(
  reply: FastifyReply,
  problem: Omit<Problem, 'type' | 'title'> & { title?: string },
) {
  return reply
    .code(problem.status)
    .type('application/problem+json')
    .send({ type: 'about:blank', title: TITLES[problem.status] ?? 'Error', ...problem });
}

/** The query parameters a route accepts, read from its schema, to suggest in messages. */
function knownParameters(schema: unknown): string[] {
  const properties = (schema as { properties?: Record<string, unknown> } | undefined)?.properties;
  return properties ? Object.keys(properties) : [];
}

/**
 * Every error leaves as an RFC 9457 problem: validation errors name the parameter and how to fix
 * it; unexpected errors are logged and say nothing about the server's insides.
 */
export const problemsPlugin = fp(
  async (app: FastifyInstance) => {
    app.setErrorHandler((error: FastifyError | ServerError, request, reply) => {
      const instance = request.url.split('?')[0] ?? '/';
      if ('validation' in error && error.validation) {
        const schema = request.routeOptions.schema?.querystring;
        const errors = (error.validation as ValidationIssue[]).map((issue) =>
          describeIssue(issue, knownParameters(schema)),
        );
        return sendProblem(reply, {
          status: 400,
          detail: errors.map((fault) => fault.message).join(' '),
          instance,
          errors,
        });
      }
      if (error instanceof ServerError && error.statusCode < 500) {
        // RFC 9110 §11.6.1: a 401 names the scheme that would work.
        if (error.statusCode === 401) reply.header('www-authenticate', 'Bearer realm="OpenYouth publishing"');
        return sendProblem(reply, {
          status: error.statusCode,
          detail: error.message,
          instance,
          ...(error.faults.length ? { errors: [...error.faults] } : {}),
        });
      }
      const status = error.statusCode && error.statusCode >= 400 ? error.statusCode : 500;
      if (status >= 500) request.log.error({ err: error }, 'request failed');
      if (status === 429 && !reply.hasHeader('retry-after')) reply.header('retry-after', '60');
      return sendProblem(reply, {
        status,
        detail:
          status === 429
            ? 'Too many requests from this address: wait for the time the Retry-After header gives, then try again.'
            : status >= 500
              ? error instanceof ServerError
                ? error.message
                : 'Something went wrong on the server. Try again; if it keeps happening, tell the people who run it.'
              : error.message,
        instance,
      });
    });

    app.setNotFoundHandler((request, reply) =>
      sendProblem(reply, {
        status: 404,
        detail: `There is nothing at ${request.url.split('?')[0]}: the API's paths are listed at /openapi.json.`,
        instance: request.url.split('?')[0] ?? '/',
      }),
    );
  },
  { name: 'openyouth-problems', fastify: '5.x' },
);
