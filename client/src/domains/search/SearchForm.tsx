import { useNavigate } from '@solidjs/router';
import { createSignal, createUniqueId } from 'solid-js';
import { useI18n } from '../../i18n';
import { paths } from '../../paths';

/** The search box used on the home page and the search page; it always leads to /search?q=… */
export function SearchForm(props: { initial?: string; large?: boolean }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const id = createUniqueId();
  const [value, setValue] = createSignal(props.initial ?? '');
  return (
    <form
      class={`search-form ${props.large ? 'search-form--large' : ''}`}
      role="search"
      onSubmit={(e) => {
        e.preventDefault();
        navigate(paths.search(value().trim()));
      }}
    >
      <label for={id}>{t('home.searchLabel')}</label>
      <div class="search-form__row">
        <input
          id={id}
          type="search"
          name="q"
          value={value()}
          placeholder={t('home.searchPlaceholder')}
          onInput={(e) => setValue(e.currentTarget.value)}
          autocomplete="off"
        />
        <button type="submit" class="button button--primary">
          {t('home.searchButton')}
        </button>
      </div>
    </form>
  );
}
