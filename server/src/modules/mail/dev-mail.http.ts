import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { escapeHtml } from './layout.js';
import { htmlPage } from './page.js';
import type { CaughtMail } from './transport.js';

const ID = /^[A-Za-z0-9-]{1,100}$/;
/** The list shows the newest this many. */
const LIST_LIMIT = 200;

/** The caught messages, newest first (their file names sort by time). */
export async function readCaughtMail(folder: string, limit = LIST_LIMIT): Promise<CaughtMail[]> {
  const names = await readdir(folder).catch(() => [] as string[]);
  const newest = names
    .filter((name) => name.endsWith('.json'))
    .sort()
    .reverse()
    .slice(0, limit);
  const mails = await Promise.all(
    newest.map(async (name) => JSON.parse(await readFile(path.join(folder, name), 'utf8')) as CaughtMail),
  );
  return mails;
}

async function readOne(folder: string, id: string): Promise<CaughtMail | null> {
  if (!ID.test(id)) return null;
  return readFile(path.join(folder, `${id}.json`), 'utf8')
    .then((text) => JSON.parse(text) as CaughtMail)
    .catch(() => null);
}

/** Addresses in the plain text become links, so a developer can follow a reset or invitation link. */
function linkify(text: string): string {
  return text
    .split(/(https?:\/\/[^\s<>"']+)/g)
    .map((part, i) => (i % 2 === 1 ? `<a href="${escapeHtml(part)}">${escapeHtml(part)}</a>` : escapeHtml(part)))
    .join('');
}

/**
 * /dev/mail: the mail caught in DATA_DIR/mail when no SMTP_URL is set, for developers. Registered only outside
 * production and only without SMTP (http.ts decides), so it can never show real members' mail.
 */
export function registerDevMailRoutes(app: FastifyInstance, deps: { folder: string }): void {
  const send = (reply: FastifyReply, status: number, title: string, body: string) =>
    reply
      .status(status)
      .header('content-type', 'text/html; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(htmlPage({ language: 'en', title, body }));

  app.get('/dev/mail', async (_request, reply) => {
    const mails = await readCaughtMail(deps.folder);
    const rows = mails
      .map(
        (m) =>
          `<tr><td>${escapeHtml(m.date.replace('T', ' ').slice(0, 19))}</td><td>${escapeHtml(m.to)}</td>` +
          `<td><a href="/dev/mail/${escapeHtml(m.id)}">${escapeHtml(m.subject)}</a></td></tr>`,
      )
      .join('');
    const table = mails.length
      ? `<table><caption>Newest first</caption><thead><tr><th scope="col">Sent</th><th scope="col">To</th><th scope="col">Subject</th></tr></thead><tbody>${rows}</tbody></table>`
      : '<p>No mail yet.</p>';
    return send(
      reply,
      200,
      'Caught mail',
      `<h1>Caught mail</h1><p>No SMTP_URL is set, so email is written to ${escapeHtml(deps.folder)} instead of being sent.</p>${table}`,
    );
  });

  app.get<{ Params: { id: string } }>('/dev/mail/:id', async (request, reply) => {
    const mail = await readOne(deps.folder, request.params.id);
    if (!mail) return send(reply, 404, 'Not found', '<h1>Not found</h1><p><a href="/dev/mail">All caught mail</a></p>');
    const headers = Object.entries({ From: mail.from, To: mail.to, Date: mail.date, ...mail.headers })
      .map(([name, value]) => `<dt>${escapeHtml(name)}</dt><dd>${escapeHtml(value)}</dd>`)
      .join('');
    return send(
      reply,
      200,
      mail.subject,
      `<p><a href="/dev/mail">All caught mail</a></p><h1>${escapeHtml(mail.subject)}</h1><dl>${headers}</dl>` +
        `<p><a href="/dev/mail/${escapeHtml(mail.id)}/html">HTML version</a> · <a href="/dev/mail/${escapeHtml(mail.id)}/eml">.eml</a></p>` +
        `<pre style="white-space:pre-wrap" data-testid="mail-text">${linkify(mail.text)}</pre>`,
    );
  });

  app.get<{ Params: { id: string } }>('/dev/mail/:id/html', async (request, reply) => {
    const mail = await readOne(deps.folder, request.params.id);
    if (!mail) return reply.status(404).send('Not found');
    // The message's own HTML, shown as it is but unable to run anything.
    return reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox")
      .send(mail.html);
  });

  app.get<{ Params: { id: string } }>('/dev/mail/:id/eml', async (request, reply) => {
    if (!ID.test(request.params.id)) return reply.status(404).send('Not found');
    const eml = await readFile(path.join(deps.folder, `${request.params.id}.eml`)).catch(() => null);
    if (!eml) return reply.status(404).send('Not found');
    return reply.header('content-type', 'text/plain; charset=utf-8').send(eml);
  });
}
