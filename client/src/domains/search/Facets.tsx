import { For, Show, createSignal, createUniqueId } from 'solid-js';
import { useI18n } from '../../i18n';

const SHORT = 8;

export interface FacetOption {
  value: string;
  label: string;
  count: number;
  lang?: string;
}

/** One facet as a group of checkboxes with hit counts; chosen values stay listed even when they have no hits. */
export function FacetGroup(props: {
  legend: string;
  options: readonly FacetOption[];
  chosen: readonly string[];
  onToggle: (value: string) => void;
}) {
  const { t } = useI18n();
  const id = createUniqueId();
  const [all, setAll] = createSignal(false);
  // Long facets show their biggest values first; chosen values always stay visible.
  const shown = () =>
    all() ? props.options : props.options.filter((o, i) => i < SHORT || props.chosen.includes(o.value));
  return (
    <Show when={props.options.length}>
      <fieldset class="facet">
        <legend>{props.legend}</legend>
        <ul>
          <For each={shown()}>
            {(option, index) => (
              <li>
                <input
                  type="checkbox"
                  id={`${id}-${index()}`}
                  checked={props.chosen.includes(option.value)}
                  onChange={() => props.onToggle(option.value)}
                />
                <label for={`${id}-${index()}`}>
                  <span lang={option.lang}>{option.label}</span>
                  <span class="facet__count">{option.count}</span>
                </label>
              </li>
            )}
          </For>
        </ul>
        <Show when={props.options.length > SHORT}>
          <button type="button" class="link-button" aria-expanded={all()} onClick={() => setAll(!all())}>
            {all() ? t('search.fewer') : t('search.all', props.options.length)}
          </button>
        </Show>
      </fieldset>
    </Show>
  );
}
