import { createSignal } from 'solid-js';

/** The methods chosen for comparison, kept across pages (and reloads) in this browser. */
export interface Chosen {
  slug: string;
  name: string;
}

export const MAX_COMPARE = 3;
const KEY = 'vidensbro.compare';

function load(): Chosen[] {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(KEY) ?? '[]');
    if (!Array.isArray(raw)) return [];
    const isChosenItem = (c: unknown): c is Chosen =>
      typeof c === 'object' &&
      c !== null &&
      typeof (c as Partial<Chosen>).slug === 'string' &&
      typeof (c as Partial<Chosen>).name === 'string';
    return (raw as unknown[]).filter(isChosenItem).slice(0, MAX_COMPARE);
  } catch {
    return [];
  }
}

const [chosen, setChosen] = createSignal<Chosen[]>(typeof localStorage === 'undefined' ? [] : load());

function save(next: Chosen[]) {
  setChosen(next);
  try {
    localStorage.setItem(KEY, JSON.stringify(next));
  } catch {
    // Private mode or a full store: the choice still holds for this page.
  }
}

export { chosen };

export const isChosen = (slug: string) => chosen().some((c) => c.slug === slug);

/** Adds or removes a method; false when adding would pass the limit. */
export function toggleChosen(method: Chosen): boolean {
  if (isChosen(method.slug)) {
    save(chosen().filter((c) => c.slug !== method.slug));
    return true;
  }
  if (chosen().length >= MAX_COMPARE) return false;
  save([...chosen(), { slug: method.slug, name: method.name }]);
  return true;
}

export const clearChosen = () => save([]);
