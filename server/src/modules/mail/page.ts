import { escapeHtml } from './layout.js';

/** A small server-rendered page (no script) for the unsubscribe and /dev/mail views. `body` must be escaped HTML. */
export function htmlPage(props: { language: 'da' | 'en'; title: string; body: string }): string {
  return [
    '<!doctype html>',
    `<html lang="${props.language}"><head><meta charset="utf-8">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(props.title)}</title></head>`,
    '<body style="font-family:system-ui,Arial,sans-serif;line-height:1.5;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1a1a1a">',
    `<main>${props.body}</main>`,
    '</body></html>',
  ].join('\n');
}
