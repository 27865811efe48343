import { For, Show, createUniqueId, type JSX } from 'solid-js';
import { useI18n } from '../i18n';

export interface Option {
  value: string;
  label: string;
  lang?: string;
}

/** One filter as a native select: keyboard and screen-reader friendly on every device without extra code. */
export function FilterSelect(props: {
  label: string;
  value: string | undefined;
  options: readonly Option[];
  onChange: (value: string | undefined) => void;
  /** What the empty choice means, when it is not "any" (e.g. the default sort order). */
  emptyLabel?: string;
}) {
  const { t } = useI18n();
  const id = createUniqueId();
  return (
    <div class="field">
      <label for={id}>{props.label}</label>
      <select id={id} value={props.value ?? ''} onChange={(e) => props.onChange(e.currentTarget.value || undefined)}>
        <option value="">{props.emptyLabel ?? t('list.any')}</option>
        <For each={props.options}>
          {(option) => (
            <option value={option.value} lang={option.lang} selected={option.value === props.value}>
              {option.label}
            </option>
          )}
        </For>
      </select>
    </div>
  );
}

export function FilterBar(props: { children: JSX.Element; active: boolean; onClear: () => void }) {
  const { t } = useI18n();
  return (
    <form class="filters" role="search" aria-label={t('list.filters')} onSubmit={(e) => e.preventDefault()}>
      <div class="filters__fields">{props.children}</div>
      <Show when={props.active}>
        <button type="button" class="button button--quiet" onClick={() => props.onClear()}>
          {t('list.clear')}
        </button>
      </Show>
    </form>
  );
}

/** Reads one search parameter as a single string (the router may hand us an array). */
export function param(value: string | string[] | undefined): string | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  return v === '' ? undefined : v;
}

/** Narrows a string to one of an enum's values, or undefined: URLs are typed by hand and may hold anything. */
export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined {
  return value !== undefined && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
}
