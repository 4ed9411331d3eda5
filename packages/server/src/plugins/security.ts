import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';
import { ServerError } from '../errors.ts';

export interface SecurityOptions {
  /** Requests per client address per window; `false` turns the limit off (benchmarks, behind a proxy that limits). */
  rateLimit?: { max: number; timeWindow: string | number } | false;
}

export const DEFAULT_RATE_LIMIT = { max: 600, timeWindow: '1 minute' } as const;

/** Security headers, CORS for the read-only API, and a per-address rate limit. */
export const securityPlugin = fp(
  async (app: FastifyInstance, options: SecurityOptions) => {
    await app.register(helmet, {
      contentSecurityPolicy: {
        // The directory page and the API docs load only their own scripts and styles.
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          styleSrc: ["'self'"],
          imgSrc: ["'self'", 'data:'],
        },
      },
    });
    // Every route is a read; anyone's page may fetch listings from the API.
    await app.register(cors, { origin: '*', methods: ['GET', 'HEAD'] });
    const limit = options.rateLimit ?? DEFAULT_RATE_LIMIT;
    if (limit !== false) {
      await app.register(rateLimit, {
        ...limit,
        errorResponseBuilder: (_request, context) =>
          new ServerError(
            'OY_ERR_SERVER_RATE_LIMITED',
            `Too many requests from this address: at most ${context.max} in ${context.after}. Wait ${context.after} and try again.`,
            { statusCode: 429 },
          ),
      });
    }
  },
  { name: 'openyouth-security', fastify: '5.x' },
);
