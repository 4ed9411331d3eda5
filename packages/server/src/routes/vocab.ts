import { type FastifyPluginAsyncTypebox, Type } from '@fastify/type-provider-typebox';
import { toVocabularyDocument, vocabularies, vocabularyUri } from '@openyouth/schema';
import { notFound } from '../errors.ts';

export const vocabRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get('/vocab', async () =>
    vocabularies.map((vocabulary) => ({
      id: vocabulary.id,
      title: vocabulary.title,
      uri: vocabularyUri(vocabulary.id),
    })),
  );

  app.get(
    '/vocab/:vocabulary',
    // Not validated against the spec's enum: an unknown vocabulary is a 404, as the spec says, not a 400.
    { schema: { params: Type.Object({ vocabulary: Type.String() }) } },
    async (request) => {
      const vocabulary = vocabularies.find((candidate) => candidate.id === request.params.vocabulary);
      if (!vocabulary) throw notFound(`There is no vocabulary called ${request.params.vocabulary}.`);
      return toVocabularyDocument(vocabulary);
    },
  );
};
