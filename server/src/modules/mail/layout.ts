/** The languages emails are written in; Danish unless the member chose English. */
export type Language = 'da' | 'en';

export function languageOf(value: string | null | undefined): Language {
  return value === 'en' ? 'en' : 'da';
}

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** A link in a list: a title, where it goes, and an optional line below it. */
export interface MailItem {
  label: string;
  url: string;
  detail?: string;
}

/** What every template fills in; `renderMail` turns it into plain text and simple HTML, escaping every value. */
export interface MailBody {
  language: Language;
  subject: string;
  greeting: string;
  paragraphs: string[];
  action?: { label: string; url: string };
  sections?: { title: string; items: MailItem[] }[];
  /** Small print: why the member gets this, how to stop it. */
  footer: string[];
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Every value from members (names, titles, comments) goes through this before it reaches HTML. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char]!);
}

/** Only http(s) links reach an href: a stored javascript: URL can never become a link. */
function safeUrl(url: string): string {
  return /^https?:\/\//i.test(url) ? url : '#';
}

/** Header lines must not carry line breaks (header injection); long titles are cut. */
export function oneLine(value: string, max = 150): string {
  const flat = value.replace(/[\r\n\t\u2028\u2029]+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function textOf(body: MailBody): string {
  const lines = [body.greeting, '', ...body.paragraphs.flatMap((p) => [p, ''])];
  for (const section of body.sections ?? []) {
    lines.push(section.title, '-'.repeat(Math.min(section.title.length, 60)));
    for (const item of section.items) {
      lines.push(`* ${item.label}`);
      if (item.detail) lines.push(`  ${item.detail}`);
      lines.push(`  ${item.url}`);
    }
    lines.push('');
  }
  if (body.action) lines.push(`${body.action.label}:`, body.action.url, '');
  lines.push('--', ...body.footer);
  return `${lines.join('\n')}\n`;
}

function htmlOf(body: MailBody): string {
  const link = (url: string, label: string) => `<a href="${escapeHtml(safeUrl(url))}">${escapeHtml(label)}</a>`;
  const parts = [`<p>${escapeHtml(body.greeting)}</p>`, ...body.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`)];
  for (const section of body.sections ?? []) {
    parts.push(`<h2 style="font-size:17px">${escapeHtml(section.title)}</h2><ul>`);
    for (const item of section.items)
      parts.push(
        `<li>${link(item.url, item.label)}${item.detail ? `<br><span style="color:#555555">${escapeHtml(item.detail)}</span>` : ''}</li>`,
      );
    parts.push('</ul>');
  }
  if (body.action)
    parts.push(
      `<p><a href="${escapeHtml(safeUrl(body.action.url))}" style="display:inline-block;padding:10px 16px;background:#1f4e79;color:#ffffff;text-decoration:none;border-radius:4px">${escapeHtml(body.action.label)}</a></p>`,
      `<p style="font-size:13px;color:#555555">${escapeHtml(body.action.url)}</p>`,
    );
  parts.push(
    `<hr><p style="font-size:13px;color:#555555">${body.footer.map((line) => escapeHtml(line)).join('<br>')}</p>`,
  );
  return [
    '<!doctype html>',
    `<html lang="${body.language}"><head><meta charset="utf-8"><title>${escapeHtml(body.subject)}</title></head>`,
    '<body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#1a1a1a;max-width:640px">',
    ...parts,
    '</body></html>',
  ].join('\n');
}

export function renderMail(body: MailBody): RenderedMail {
  return { subject: oneLine(body.subject, 200), text: textOf(body), html: htmlOf(body) };
}
