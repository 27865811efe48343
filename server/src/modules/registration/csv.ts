/**
 * CSV (RFC 4180) for spreadsheets. Every cell is quoted; a cell that a spreadsheet would run as a formula
 * (starting with = + - @, or a tab or carriage return) gets a leading apostrophe, so a name like "=HYPERLINK(…)"
 * stays text (OWASP's advice on CSV injection).
 */
export function csvCell(value: string | number | null | undefined): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return `"${text.replace(/"/g, '""')}"`;
}

/** `delimiter`: ',' (RFC 4180) by default; ';' for spreadsheets set to Danish, where ',' is the decimal sign. */
export function csv(rows: (string | number | null | undefined)[][], delimiter: ',' | ';' = ','): string {
  // The BOM makes Excel read UTF-8 (æ, ø, å) correctly.
  return '\uFEFF' + rows.map((row) => row.map(csvCell).join(delimiter)).join('\r\n') + '\r\n';
}
