/** Copenhagen time for every date: the forum meets in Denmark, whatever the reader's clock says. */
const TIME_ZONE = 'Europe/Copenhagen';

export function formatDate(iso: string, tag: string): string {
  // Plain dates (YYYY-MM-DD) are calendar dates, not instants: format them at noon UTC so no zone shifts the day.
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00Z`) : new Date(iso);
  return new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: TIME_ZONE }).format(
    date,
  );
}

export function formatTime(iso: string, tag: string): string {
  return new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', timeZone: TIME_ZONE }).format(
    new Date(iso),
  );
}

/** "11. marts 2027, 09.30–16.00" — one line for an event's time. */
export function formatTimeRange(startIso: string, endIso: string, tag: string): string {
  const sameDay = formatDate(startIso, tag) === formatDate(endIso, tag);
  if (sameDay) return `${formatDate(startIso, tag)}, ${formatTime(startIso, tag)}–${formatTime(endIso, tag)}`;
  return `${formatDate(startIso, tag)} – ${formatDate(endIso, tag)}`;
}

/** Video timestamps: 75 → "1:15", 3725 → "1:02:05". */
export function formatTimestamp(totalSeconds: number): string {
  const seconds = Math.max(0, Math.floor(totalSeconds));
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** A talk's length in whole minutes, rounded up so a 40:10 talk does not read as 40 minutes. */
export function durationMinutes(totalSeconds: number): number {
  return Math.ceil(totalSeconds / 60);
}

/** "1. feb. 2026": dates in tables, where a column should not wrap over three lines. */
export function formatShortDate(iso: string, tag: string): string {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00Z`) : new Date(iso);
  return new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'short', year: 'numeric', timeZone: TIME_ZONE }).format(
    date,
  );
}
