import { A, useSearchParams } from '@solidjs/router';
import { usePageTitle } from '../components/pageTitle';
import { For, Show } from 'solid-js';
import { FilterBar, FilterSelect, oneOf, param } from '../components/filters';
import { ResultCount } from '../components/lists';
import { Empty, Problem } from '../components/QueryView';
import { PageHeader } from '../components/ui';
import { ORGANISATION_KINDS } from '../domains/enums';
import { createOrganisationList } from '../domains/organisation/hooks';
import { useI18n } from '../i18n';
import { paths } from '../paths';

export default function OrganisationsPage() {
  const { t } = useI18n();
  const [search, setSearch] = useSearchParams();
  usePageTitle(() => t('organisation.title'));
  const kind = () => oneOf(param(search.type), ORGANISATION_KINDS);
  const [state, refetch] = createOrganisationList(() => ({ first: 100, kind: kind() }));
  return (
    <div class="page">
      <PageHeader title={t('organisation.title')} lead={t('organisation.intro')} />
      <FilterBar active={Boolean(kind())} onClear={() => setSearch({ type: null })}>
        <FilterSelect
          label={t('organisation.kind')}
          value={kind()}
          options={ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`orgKind.${k}`) }))}
          onChange={(v) => setSearch({ type: v ?? null })}
        />
      </FilterBar>
      <ResultCount state={state} count={(d) => d.organisations.totalCount} />
      <Show when={state.error}>
        <Problem error={state.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      </Show>
      <Show when={state.data?.organisations.nodes}>
        {(nodes) => (
          <Show when={nodes().length} fallback={<Empty>{t('list.none')}</Empty>}>
            <ul class="items items--columns">
              <For each={nodes()}>
                {(org) => (
                  <li class="item">
                    <A href={paths.organisation(org.slug)} class="item__title" lang="da">
                      {org.name}
                    </A>
                    <span class="item__meta">
                      {t(`orgKind.${org.kind}`)}
                      <Show when={org.city}>
                        {' '}
                        · <span lang="da">{org.city}</span>
                      </Show>
                    </span>
                  </li>
                )}
              </For>
            </ul>
          </Show>
        )}
      </Show>
    </div>
  );
}
