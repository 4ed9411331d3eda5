import { validate } from '@openyouth/validator';
import type { FastifyPluginAsync } from 'fastify';

/** Documents to check may be a whole feed page or a few hundred listings: bigger than the read API's limit. */
export const VALIDATE_BODY_LIMIT_BYTES = 5 * 1024 * 1024;

/**
 * `POST /validate`: the validator on the request body (a listing, an array of listings, an RPDE
 * page or a dataset descriptor). Problems in the data are the answer, so they come back with 200.
 */
export const validateRoutes: FastifyPluginAsync<{ now: () => Date }> = async (app, options) => {
  app.post('/validate', { bodyLimit: VALIDATE_BODY_LIMIT_BYTES }, async (request) =>
    validate(request.body, { now: options.now(), name: 'request body' }),
  );
};
