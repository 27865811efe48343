/** Featured outputs first (editors chose them), otherwise in the order the server gave (newest first). */
export function featuredFirst<T extends { featured: boolean }>(outputs: readonly T[]): T[] {
  return [...outputs.filter((o) => o.featured), ...outputs.filter((o) => !o.featured)];
}

/** Whether a workshop has begun, so outputs can be recorded (the server refuses earlier ones). */
export function hasBegun(startsAt: string, now: Date = new Date()): boolean {
  return new Date(startsAt) <= now;
}
