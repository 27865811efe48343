import { createEffect } from 'solid-js';

/**
 * Keeps the browser tab's title on the page's own, followed by the site name. An effect rather than a one-off
 * `onMount`: the title reads the translations, so it follows a language switch while the page stays open.
 */
export function usePageTitle(title: () => string | null | undefined): void {
  createEffect(() => {
    const own = title();
    document.title = own ? `${own} · Vidensbro` : 'Vidensbro';
  });
}
