import type { FastifyInstance } from 'fastify';
import { buildServer, type ServerOptions } from '../../src/index.ts';
import { exampleListings } from './examples.ts';

export const NOW = new Date('2026-11-24T12:00:00Z');

/** A server over the example listings with a pinned clock. */
export function exampleServer(options: Partial<ServerOptions> = {}): Promise<FastifyInstance> {
  return buildServer({ source: exampleListings(), now: () => NOW, ...options });
}
