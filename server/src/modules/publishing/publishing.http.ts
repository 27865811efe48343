import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Orm } from '../../platform/database.js';
import { atom, eventEntries, feedTopic, knowledgeEntries } from './feeds.js';
import { dataPackage, LICENCE, methodsCsv, methodsJson, ratingsCsv } from './open-data.js';
import { siteOrigin } from './pages.js';
import { robotsTxt, sitemapFile, sitemapIndex } from './sitemap.js';

/** Crawlers and feed readers poll: five minutes of shared caching keeps them cheap and the content fresh. */
const POLL_CACHE = 'public, max-age=300';
const LICENCE_LINK = `<${LICENCE.path}>; rel="license"`;

/**
 * Knowledge that travels, over plain HTTP: robots.txt, the sitemap, Atom feeds and the open-data export. Every
 * answer is what the public may read (the API's read rule for an anonymous viewer), whoever asks, so the answers
 * never vary by cookie or token.
 */
export function registerPublishing(app: FastifyInstance, deps: { orm: Orm; publicUrl: string | undefined }): void {
  const origin = (request: FastifyRequest) => siteOrigin(request, deps.publicUrl);
  const em = () => deps.orm.em.fork();
  const xmlReply = (reply: FastifyReply, type: string, body: string | null) =>
    body === null
      ? reply.status(404).header('cache-control', POLL_CACHE).type('text/plain; charset=utf-8').send('Not found')
      : reply.header('cache-control', POLL_CACHE).type(`${type}; charset=utf-8`).send(body);

  app.get('/robots.txt', (request, reply) =>
    reply
      .header('cache-control', POLL_CACHE)
      .type('text/plain; charset=utf-8')
      .send(robotsTxt(origin(request))),
  );
  app.get('/sitemap.xml', async (request, reply) =>
    xmlReply(reply, 'application/xml', await sitemapIndex(em(), origin(request))),
  );
  app.get<{ Params: { name: string } }>('/sitemaps/:name', async (request, reply) => {
    const name = /^(.+)\.xml$/.exec(request.params.name)?.[1];
    return xmlReply(reply, 'application/xml', name ? await sitemapFile(em(), origin(request), name) : null);
  });

  app.get('/feeds/knowledge.atom', async (request, reply) => {
    const feed = {
      path: '/feeds/knowledge.atom',
      alternate: '/',
      title: 'Vidensbro: ny viden',
      subtitle: 'Nye metoder, praksiseksempler, undersøgelser, rapporter og oplæg om anbragte og udsatte børn.',
      entries: await knowledgeEntries(em()),
    };
    return xmlReply(reply, 'application/atom+xml', atom(feed, origin(request)));
  });
  app.get('/feeds/events.atom', async (request, reply) => {
    const feed = {
      path: '/feeds/events.atom',
      alternate: '/events',
      title: 'Vidensbro: kommende møder',
      subtitle: 'Forummøder og netværksmøder i Vidensbro.',
      entries: await eventEntries(em(), new Date()),
    };
    return xmlReply(reply, 'application/atom+xml', atom(feed, origin(request)));
  });
  app.get<{ Params: { slug: string; feed: string } }>('/feeds/topics/:slug/:feed', async (request, reply) => {
    const { slug, feed } = request.params;
    if (feed !== 'knowledge.atom' && feed !== 'events.atom') return xmlReply(reply, 'text/plain', null);
    const topic = await feedTopic(em(), slug);
    if (!topic) return xmlReply(reply, 'text/plain', null);
    const path = `/feeds/topics/${encodeURIComponent(slug)}/${feed}`;
    const alternate = `/topics/${encodeURIComponent(slug)}`;
    const body =
      feed === 'knowledge.atom'
        ? {
            path,
            alternate,
            title: `Vidensbro: ny viden om ${topic.name}`,
            subtitle: topic.name,
            entries: await knowledgeEntries(em(), topic.id),
          }
        : {
            path,
            alternate,
            title: `Vidensbro: kommende møder om ${topic.name}`,
            subtitle: topic.name,
            entries: await eventEntries(em(), new Date(), topic.id),
          };
    return xmlReply(reply, 'application/atom+xml', atom(body, origin(request)));
  });

  // Open data: stable addresses, streamed, under the licence named in the Link header and in the files.
  const stream = (reply: FastifyReply, type: string, file: string, body: AsyncGenerator<string>) =>
    reply
      .header('cache-control', POLL_CACHE)
      .header('link', LICENCE_LINK)
      .header('content-disposition', `inline; filename="${file}"`)
      .type(type)
      .send(Readable.from(body));
  app.get('/open-data', (request, reply) => reply.redirect('/open-data/datapackage.json'));
  app.get('/open-data/datapackage.json', (request, reply) =>
    reply
      .header('cache-control', POLL_CACHE)
      .header('link', LICENCE_LINK)
      .send(dataPackage(origin(request))),
  );
  app.get('/open-data/methods.json', (request, reply) =>
    stream(reply, 'application/json; charset=utf-8', 'methods.json', methodsJson(em(), origin(request), new Date())),
  );
  app.get('/open-data/methods.csv', (request, reply) =>
    stream(reply, 'text/csv; charset=utf-8; header=present', 'methods.csv', methodsCsv(em(), origin(request))),
  );
  app.get('/open-data/ratings.csv', (request, reply) =>
    stream(reply, 'text/csv; charset=utf-8; header=present', 'ratings.csv', ratingsCsv(em(), origin(request))),
  );
}
