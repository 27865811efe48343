import { For, Show, createUniqueId } from 'solid-js';

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
  const id = createUniqueId();
  return (
    <Show when={props.options.length}>
      <fieldset class="facet">
        <legend>{props.legend}</legend>
        <ul>
          <For each={props.options}>
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
      </fieldset>
    </Show>
  );
}
