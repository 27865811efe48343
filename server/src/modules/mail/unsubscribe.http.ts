import type { FastifyInstance, FastifyReply } from 'fastify';
import type { Orm } from '../../platform/database.js';
import { DigestFrequency, Member } from '../member/member.entity.js';
import { escapeHtml, languageOf, type Language } from './layout.js';
import { htmlPage } from './page.js';
import { mailKey, verifyUnsubscribeToken, type UnsubscribeTopic } from './signing.js';

const TEXT = {
  da: {
    title: 'Afmeld mails fra Vidensbro',
    digest: 'Vil du afmelde overblikket på mail?',
    notifications: 'Vil du stoppe notifikationer på mail?',
    button: 'Afmeld',
    doneDigest: 'Du får ikke længere overblikket på mail.',
    doneNotifications: 'Du får ikke længere notifikationer på mail.',
    again: 'Du kan slå det til igen under Indstillinger, når du er logget ind.',
    invalid: 'Linket er ugyldigt. Du kan ændre dine mails under Indstillinger, når du er logget ind.',
  },
  en: {
    title: 'Unsubscribe from Vidensbro emails',
    digest: 'Unsubscribe from the digest email?',
    notifications: 'Stop notification emails?',
    button: 'Unsubscribe',
    doneDigest: 'You will no longer get the digest by email.',
    doneNotifications: 'You will no longer get notifications by email.',
    again: 'You can turn it back on under Settings when signed in.',
    invalid: 'This link is not valid. You can change your emails under Settings when signed in.',
  },
} as const;

/**
 * One-click unsubscribe without signing in, from a signed link (signing.ts). GET shows a confirmation with one
 * button (link scanners that prefetch GETs must not unsubscribe anyone); POST unsubscribes, both from that button and
 * from mail clients following List-Unsubscribe-Post (RFC 8058), which post "List-Unsubscribe=One-Click".
 */
export async function registerUnsubscribeRoutes(app: FastifyInstance, deps: { orm: Orm }): Promise<void> {
  await app.register(async (scope) => {
    // The body says nothing we need (the token is in the address); accept the forms mail clients post.
    scope.addContentTypeParser(
      ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'],
      { parseAs: 'string', bodyLimit: 10_000 },
      (_request, _body, done) => done(null, {}),
    );
    const resolve = async (token: unknown) => {
      const em = deps.orm.em.fork();
      const found = typeof token === 'string' ? verifyUnsubscribeToken(await mailKey(em), token) : null;
      const member = found ? await em.findOne(Member, { id: found.memberId }) : null;
      return { em, topic: found?.topic, member };
    };
    const page = (reply: FastifyReply, status: number, language: Language, body: string) =>
      reply
        .status(status)
        .header('content-type', 'text/html; charset=utf-8')
        .header('cache-control', 'no-store')
        .send(htmlPage({ language, title: TEXT[language].title, body: `<h1>${TEXT[language].title}</h1>${body}` }));

    scope.get<{ Querystring: { token?: string } }>('/unsubscribe', async (request, reply) => {
      const { topic, member } = await resolve(request.query.token);
      if (!topic || !member) return page(reply, 400, 'da', `<p>${TEXT.da.invalid}</p>`);
      const t = TEXT[languageOf(member.language)];
      const action = `/unsubscribe?token=${encodeURIComponent(request.query.token!)}`;
      return page(
        reply,
        200,
        languageOf(member.language),
        `<p>${t[topic]}</p><form method="post" action="${escapeHtml(action)}"><button type="submit">${t.button}</button></form>`,
      );
    });

    scope.post<{ Querystring: { token?: string } }>('/unsubscribe', async (request, reply) => {
      const { em, topic, member } = await resolve(request.query.token);
      if (!topic || !member) return page(reply, 400, 'da', `<p>${TEXT.da.invalid}</p>`);
      await unsubscribe(em, member, topic);
      const t = TEXT[languageOf(member.language)];
      const done = topic === 'digest' ? t.doneDigest : t.doneNotifications;
      return page(reply, 200, languageOf(member.language), `<p role="status">${done}</p><p>${t.again}</p>`);
    });
  });
}

async function unsubscribe(em: ReturnType<Orm['em']['fork']>, member: Member, topic: UnsubscribeTopic) {
  if (topic === 'digest') member.digestFrequency = DigestFrequency.NEVER;
  else member.emailNotifications = false;
  await em.flush();
}
