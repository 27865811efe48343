/** Chapter and transcript position logic, free of the DOM so it can be tested on its own. */
export interface Timed {
  startSeconds: number;
}

/** The index of the item playing at `seconds` (the last one that has started), or -1 before the first. */
export function activeIndex(items: readonly Timed[], seconds: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.startSeconds <= seconds) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}
