import * as i18n from '@solid-primitives/i18n';
import {
  createContext,
  createEffect,
  createMemo,
  createSignal,
  lazy,
  onMount,
  useContext,
  type Component,
  type JSX,
} from 'solid-js';
import { da, type Dictionary } from './da';

export type Locale = 'da' | 'en';
export const LOCALES: readonly Locale[] = ['da', 'en'];
const STORAGE_KEY = 'vidensbro.locale';

/**
 * One mechanism for every interface text: namespaced dictionaries read through one typed `t(key, params?)`.
 * The core namespace (every page's words, no key prefix) ships with the app in Danish; every other namespace is
 * defined by the module that needs it (`namespace('pages', daPages, () => import('./pages-en'))`), so its Danish
 * text travels with that page's chunk and its keys read `t('pages.account.title')`. English always loads on
 * demand, so a page's first JavaScript carries one language.
 */
export interface Namespace<N extends string = string, D extends i18n.BaseRecordDict = i18n.BaseRecordDict> {
  readonly name: N;
  readonly da: D;
  readonly en: () => Promise<D>;
}

const core: Namespace<'', Dictionary> = { name: '', da, en: () => import('./en').then((m) => m.en) };
/** Every namespace some loaded module has defined, by name; the core one is ''. */
const known = new Map<string, Namespace>([['', core]]);
/** The dictionaries that have arrived, per language and namespace; a signal so open translators follow. */
const [loaded, setLoaded] = createSignal<Record<Locale, Record<string, i18n.BaseRecordDict>>>({
  da: { '': da },
  en: {},
});
const pending = new Map<string, Promise<void>>();
/** The language on screen, so a lazily loaded page can wait for its texts in that language. */
let shown: Locale = 'da';

function loadNamespace(locale: Locale, ns: Namespace): Promise<void> {
  if (loaded()[locale][ns.name]) return Promise.resolve();
  const key = `${locale}:${ns.name}`;
  let promise = pending.get(key);
  if (!promise) {
    promise = ns.en().then(
      (dict) => {
        setLoaded((current) => ({ ...current, [locale]: { ...current[locale], [ns.name]: dict } }));
      },
      (error: unknown) => {
        pending.delete(key); // a failed download (offline) is tried again next time
        throw error;
      },
    );
    pending.set(key, promise);
  }
  return promise;
}

/** Defines a namespace: its Danish text now, its English text when some reader wants it. */
export function namespace<N extends string, D extends i18n.BaseRecordDict>(
  name: N,
  daDict: D,
  en: () => Promise<D>,
): Namespace<N, D> {
  const ns: Namespace<N, D> = { name, da: daDict, en };
  if (!known.has(name)) {
    known.set(name, ns);
    setLoaded((current) => ({ ...current, da: { ...current.da, [name]: daDict } }));
    // The other language is fetched once the page is idle, so switching is instant.
    setTimeout(() => LOCALES.forEach((locale) => void loadNamespace(locale, ns)), 0);
  }
  return ns;
}

/** Loads a language's dictionaries for every namespace in use (once); resolves when they can be shown. */
export async function loadLocale(locale: Locale): Promise<void> {
  await Promise.all([...known.values()].map((ns) => loadNamespace(locale, ns)));
}

/** solid's `lazy`, but the component shows only once its texts are there in the language on screen. */
export function lazyWithTexts<T extends Component<any>>( // eslint-disable-line @typescript-eslint/no-explicit-any -- as solid's lazy
  load: () => Promise<{ default: T }>,
): ReturnType<typeof lazy<T>> {
  // The loader runs once, outside any tracking scope, as solid's lazy does it.
  // eslint-disable-next-line solid/reactivity
  return lazy(async () => {
    const module = await load();
    await loadLocale(shown);
    return module;
  });
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

/** Every namespace's text in one flat dictionary, keys prefixed by the namespace's name (core: none). */
function merged(locale: Locale): i18n.BaseRecordDict {
  const all = loaded();
  const flat: i18n.BaseRecordDict = {};
  for (const name of known.keys()) {
    // Until a chosen language has arrived, its texts stay in Danish (main.tsx loads a saved choice before render).
    const dict = all[locale][name] ?? all.da[name];
    if (!dict) continue;
    Object.assign(flat, i18n.flatten(name ? { [name]: dict } : dict));
  }
  return flat;
}

function createI18n(start: Locale) {
  const [locale, setLocaleSignal] = createSignal<Locale>(start);
  shown = start;
  const dict = createMemo(() => merged(locale()));
  // translator() takes the accessor itself and reads it on every call, so translations follow the locale.
  // eslint-disable-next-line solid/reactivity
  const t = i18n.translator(dict);
  const setLocale = async (next: Locale) => {
    await loadLocale(next);
    shown = next;
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

type Context = ReturnType<typeof createI18n>;
const I18nContext = createContext<Context>();

export function I18nProvider(props: { locale?: Locale; children: JSX.Element }) {
  // The starting language only; switching happens through setLocale.
  // eslint-disable-next-line solid/reactivity
  const value = createI18n(props.locale ?? initialLocale(globalThis.localStorage));
  createEffect(() => {
    document.documentElement.lang = loaded()[value.locale()][''] ? value.locale() : 'da';
  });
  // The other language is fetched once the page is up, so switching is instant.
  onMount(() => setTimeout(() => LOCALES.forEach((locale) => void loadLocale(locale)), 0));
  return <I18nContext.Provider value={value}>{props.children}</I18nContext.Provider>;
}

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
/** The dictionary a component reads: the core one plus each namespace it asked for under its name. */
export type Messages<NS extends readonly Namespace[]> = Dictionary &
  UnionToIntersection<{ [I in keyof NS]: NS[I] extends Namespace<infer N, infer D> ? Record<N, D> : never }[number]>;
export type Translate<NS extends readonly Namespace[] = []> = i18n.Translator<i18n.Flatten<Messages<NS>>>;

/**
 * The language and a translator for the core texts and the namespaces named here; naming a namespace is what
 * makes its keys type-check, so a component cannot read texts its chunk does not carry.
 */
export function useI18n<const NS extends readonly Namespace[] = []>(
  ..._namespaces: NS
): Omit<Context, 't'> & { t: Translate<NS> } {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n needs an <I18nProvider> above it.');
  return value as unknown as Omit<Context, 't'> & { t: Translate<NS> };
}
