import { A, useSearchParams } from '@solidjs/router';
import { onMount } from 'solid-js';
import { param } from '../components/filters';
import { PageHeader } from '../components/ui';
import { SearchForm } from '../domains/search/SearchForm';
import { useI18n } from '../i18n';
import { paths } from '../paths';

/**
 * Search lives here once the API has `search` and `suggest` (issue 3). Until then the page keeps the query in
 * the URL, says plainly that full-text search is not ready, and points to the lists that can be browsed.
 */
export default function SearchPage() {
  const { t } = useI18n();
  const [search] = useSearchParams();
  onMount(() => (document.title = `${t('search.title')} · Vidensbro`));
  return (
    <div class="page">
      <PageHeader title={t('search.title')} />
      <SearchForm initial={param(search.q) ?? ''} />
      <div class="callout" role="status">
        <p>{t('search.unavailable')}</p>
        <ul class="inline-links" aria-label={t('search.browse')}>
          <li>
            <A href={paths.methods()}>{t('nav.methods')}</A>
          </li>
          <li>
            <A href={paths.cases()}>{t('nav.cases')}</A>
          </li>
          <li>
            <A href={paths.events()}>{t('nav.events')}</A>
          </li>
          <li>
            <A href={paths.topics()}>{t('nav.topics')}</A>
          </li>
        </ul>
      </div>
    </div>
  );
}
