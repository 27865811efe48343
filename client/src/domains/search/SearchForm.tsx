import { useNavigate } from '@solidjs/router';
import { For, createEffect, createSignal, createUniqueId, on, onCleanup } from 'solid-js';
import { useI18n } from '../../i18n';
import { paths } from '../../paths';
import { createSuggest } from './hooks';
import { hitTarget } from './hits';
import { Marked } from './Marked';
import { TypeIcon } from './TypeIcon';

const DEBOUNCE_MS = 150;

/**
 * The search box, with suggestions as you type (an ARIA combobox: arrows choose, Enter opens, Escape closes).
 * Submitting always leads to /search?q=…, so the results page can be shared.
 */
export function SearchForm(props: { initial?: string; large?: boolean }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const id = createUniqueId();
  // The starting text only; typing owns it afterwards (and a new ?q= resets it, below).
  const [value, setValue] = createSignal(props.initial ?? '');
  const [prefix, setPrefix] = createSignal('');
  const [open, setOpen] = createSignal(false);
  const [active, setActive] = createSignal(-1);

  createEffect(
    on(
      () => props.initial,
      (initial) => setValue(initial ?? ''),
      { defer: true },
    ),
  );

  let timer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(timer));
  const onInput = (text: string) => {
    setValue(text);
    setActive(-1);
    clearTimeout(timer);
    timer = setTimeout(() => {
      setPrefix(text.trim());
      setOpen(text.trim().length >= 2);
    }, DEBOUNCE_MS);
  };

  const [suggest] = createSuggest(prefix);
  const options = () => (open() && prefix().length >= 2 ? (suggest.data?.suggest ?? []) : []);
  const expanded = () => options().length > 0;

  const go = (href: string) => {
    setOpen(false);
    navigate(href);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    const count = options().length;
    if (event.key === 'ArrowDown' && count) {
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1) % count);
    } else if (event.key === 'ArrowUp' && count) {
      event.preventDefault();
      setActive((i) => (i <= 0 ? count - 1 : i - 1));
    } else if (event.key === 'Escape' && expanded()) {
      // Close the list only; a second Escape clears the field as a search field does.
      event.preventDefault();
      setOpen(false);
      setActive(-1);
    } else if (event.key === 'Enter' && active() >= 0) {
      const option = options()[active()];
      if (option) {
        event.preventDefault();
        go(hitTarget(option.node).href);
      }
    }
  };

  return (
    <form
      class={`search-form ${props.large ? 'search-form--large' : ''}`}
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        go(paths.search(value().trim()));
      }}
    >
      <label for={id}>{t('home.searchLabel')}</label>
      <div class="search-form__row">
        <div class="combobox">
          <input
            id={id}
            type="search"
            name="q"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={expanded()}
            aria-controls={`${id}-list`}
            aria-describedby={`${id}-hint`}
            aria-activedescendant={active() >= 0 ? `${id}-o${active()}` : undefined}
            value={value()}
            placeholder={t('home.searchPlaceholder')}
            onInput={(e) => onInput(e.currentTarget.value)}
            onKeyDown={onKeyDown}
            onBlur={() => setTimeout(() => setOpen(false), 150)}
            autocomplete="off"
          />
          <span id={`${id}-hint`} class="visually-hidden">
            {t('search.suggestionsHint')}
          </span>
          <ul
            id={`${id}-list`}
            role="listbox"
            aria-label={t('search.suggestions')}
            class="suggestions"
            hidden={!expanded()}
          >
            <For each={options()}>
              {(option, index) => {
                const target = () => hitTarget(option.node);
                return (
                  <li
                    id={`${id}-o${index()}`}
                    role="option"
                    aria-selected={active() === index()}
                    classList={{ 'is-active': active() === index() }}
                    onMouseDown={(e) => {
                      e.preventDefault();
                      go(target().href);
                    }}
                  >
                    <TypeIcon type={target().type} />
                    <span lang="da">
                      <Marked html={option.highlighted} />
                    </span>
                    <span class="suggestions__type">{t(`type.${target().type}`)}</span>
                  </li>
                );
              }}
            </For>
          </ul>
        </div>
        <button type="submit" class="button button--primary">
          {t('home.searchButton')}
        </button>
      </div>
    </form>
  );
}
