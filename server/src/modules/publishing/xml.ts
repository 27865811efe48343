import { xmlSafe } from './head.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** Text or an attribute value in XML: characters XML cannot carry removed, markup characters escaped. */
export function xml(text: string | number | null | undefined): string {
  return xmlSafe(text === null || text === undefined ? '' : String(text)).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>\n';
