import { createSignal, onCleanup, onMount } from 'solid-js';

/**
 * Whether the header's brand, navigation and tools fit on one row. What they need depends on the language, the
 * reader's role (editors and administrators get menus) and their name, so it is measured rather than guessed at a
 * breakpoint: when they do not fit, the header puts the navigation on a row of its own (layout.css) instead of
 * breaking the navigation in a ragged wrap. The sum of the items' own widths does not change with wrapping, so
 * measuring never feeds back on itself.
 */
export function createHeaderFit() {
  const [stacked, setStacked] = createSignal(false);
  let inner: HTMLElement | undefined;
  const measure = () => {
    if (!inner) return;
    const style = getComputedStyle(inner);
    const gap = parseFloat(style.columnGap) || 0;
    const room = inner.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    const parts = [...inner.children] as HTMLElement[];
    let need = gap * Math.max(0, parts.length - 1);
    for (const part of parts) {
      const list = part.querySelector('ul');
      if (part.tagName === 'NAV' && list) {
        const items = [...list.children] as HTMLElement[];
        const itemGap = parseFloat(getComputedStyle(list).columnGap) || 0;
        need += items.reduce((sum, li) => sum + li.offsetWidth, 0) + itemGap * Math.max(0, items.length - 1);
      } else need += part.offsetWidth;
    }
    setStacked(need > room + 0.5);
  };
  onMount(() => {
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    if (inner) {
      observer.observe(inner);
      for (const part of inner.querySelectorAll(':scope > *, :scope > nav li')) observer.observe(part);
    }
    onCleanup(() => observer.disconnect());
  });
  return { stacked, ref: (el: HTMLElement) => (inner = el) };
}
