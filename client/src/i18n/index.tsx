import * as i18n from '@solid-primitives/i18n';
import { createContext, createEffect, createMemo, createSignal, onMount, useContext, type JSX } from 'solid-js';
import { da, type Dictionary } from './da';

export type Locale = 'da' | 'en';
export const LOCALES: readonly Locale[] = ['da', 'en'];
const STORAGE_KEY = 'vidensbro.locale';

/**
 * Danish, the default, ships with the app; English loads on demand, so a page's first JavaScript carries one
 * language. `loaded` is a signal so every open translator picks a dictionary up the moment it arrives.
 */
const [loaded, setLoaded] = createSignal<Partial<Record<Locale, Dictionary>>>({ da });

/** Loads a language's dictionary (once); resolves when it can be shown. */
export async function loadLocale(locale: Locale): Promise<void> {
  if (loaded()[locale]) return;
  const { en } = await import('./en');
  setLoaded((current) => ({ ...current, en }));
}

/** The saved choice, else Danish: the forum works in Danish, English is for guests and researchers abroad. */
export function initialLocale(storage: Pick<Storage, 'getItem'> | undefined): Locale {
  try {
    const saved = storage?.getItem(STORAGE_KEY);
    return saved === 'en' || saved === 'da' ? saved : 'da';
  } catch {
    return 'da';
  }
}

function createI18n(start: Locale) {
  const [locale, setLocaleSignal] = createSignal<Locale>(start);
  // Until a chosen language has arrived, the page stays in Danish (main.tsx loads a saved choice before render).
  const dict = createMemo(() => i18n.flatten(loaded()[locale()] ?? da));
  // translator() takes the accessor itself and reads it on every call, so translations follow the locale.
  // eslint-disable-next-line solid/reactivity
  const t = i18n.translator(dict);
  const setLocale = async (next: Locale) => {
    await loadLocale(next);
    setLocaleSignal(next);
    try {
      localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Private browsing may refuse storage; the choice still holds for this visit.
    }
  };
  /** BCP 47 tag for Intl formatting. */
  const tag = () => (locale() === 'da' ? 'da-DK' : 'en-GB');
  return { locale, setLocale, t, tag };
}

export type I18n = ReturnType<typeof createI18n>;
const I18nContext = createContext<I18n>();

export function I18nProvider(props: { locale?: Locale; children: JSX.Element }) {
  // The starting language only; switching happens through setLocale.
  // eslint-disable-next-line solid/reactivity
  const value = createI18n(props.locale ?? initialLocale(globalThis.localStorage));
  createEffect(() => {
    document.documentElement.lang = loaded()[value.locale()] ? value.locale() : 'da';
  });
  // The other language is fetched once the page is up, so switching is instant.
  onMount(() => setTimeout(() => LOCALES.forEach((locale) => void loadLocale(locale)), 0));
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n needs an <I18nProvider> above it.');
  return value;
}
