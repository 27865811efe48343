import { useSearchParams } from '@solidjs/router';
import { usePageTitle } from '../components/pageTitle';
import { For, Show, createMemo } from 'solid-js';
import { FilterBar, FilterSelect, oneOf, param } from '../components/filters';
import { Empty, Problem } from '../components/QueryView';
import { PageHeader } from '../components/ui';
import { METHOD_ORDERS, STRENGTHS, TARGET_GROUPS } from '../domains/enums';
import { createMethodList } from '../domains/method/hooks';
import { MethodCard } from '../domains/method/MethodCard';
import { CompareToggle, CompareTray } from '../domains/method/CompareControls';
import '../styles/methods.css';
import { createTopicOptions } from '../domains/topic/hooks';
import { topicOptions } from '../domains/topic/options';
import { useI18n } from '../i18n';
import { ListFooter, ResultCount } from '../components/lists';

const PAGE = 24;

export default function MethodsPage() {
  const { t, locale } = useI18n();
  const [search, setSearch] = useSearchParams();
  usePageTitle(() => t('methods.title'));

  const strength = () => oneOf(param(search.styrke), STRENGTHS);
  const group = () => oneOf(param(search.maalgruppe), TARGET_GROUPS);
  const sort = () => oneOf(param(search.sort), METHOD_ORDERS) ?? 'NAME';
  const shown = () => Math.min(100, PAGE * Math.max(1, Number(param(search.vis)) || 1));

  const [topicsState] = createTopicOptions();
  const topics = createMemo(() => topicOptions(topicsState.data?.topics.nodes ?? [], locale()));
  const topicId = () => topics().find((o) => o.value === param(search.emne))?.id;

  const [state, refetch] = createMethodList(
    () => ({
      first: shown(),
      orderBy: { field: sort() },
      filter: { minEvidenceStrength: strength(), targetGroup: group(), topic: topicId() },
    }),
    // A topic in the URL needs its ID from the topic list before the filter means anything.
    () => Boolean(param(search.emne)) && !topicsState.data,
  );
  const active = () => Boolean(strength() || group() || param(search.emne));

  return (
    <div class="page">
      <PageHeader title={t('methods.title')} lead={t('methods.intro')} />
      <FilterBar active={active()} onClear={() => setSearch({ styrke: null, maalgruppe: null, emne: null, vis: null })}>
        <FilterSelect
          label={t('methods.minStrength')}
          value={strength()}
          options={STRENGTHS.map((s) => ({ value: s, label: t(`strength.${s}`) }))}
          onChange={(v) => setSearch({ styrke: v ?? null, vis: null })}
        />
        <FilterSelect
          label={t('methods.targetGroup')}
          value={group()}
          options={TARGET_GROUPS.map((g) => ({ value: g, label: t(`targetGroup.${g}`) }))}
          onChange={(v) => setSearch({ maalgruppe: v ?? null, vis: null })}
        />
        <FilterSelect
          label={t('methods.topic')}
          value={param(search.emne)}
          options={topics()}
          onChange={(v) => setSearch({ emne: v ?? null, vis: null })}
        />
        <FilterSelect
          label={t('list.sort')}
          value={sort() === 'NAME' ? undefined : sort()}
          emptyLabel={t('methods.sortName')}
          options={[
            { value: 'EVIDENCE_STRENGTH', label: t('methods.sortStrength') },
            { value: 'PUBLISHED_AT', label: t('methods.sortNewest') },
          ]}
          onChange={(v) => setSearch({ sort: v ?? null })}
        />
      </FilterBar>
      <ResultCount state={state} count={(d) => d.methods.totalCount} />
      <Show when={state.error}>
        <Problem error={state.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      </Show>
      <Show when={state.data?.methods}>
        {(methods) => (
          <Show when={methods().nodes.length} fallback={<Empty>{t('list.none')}</Empty>}>
            <div class="cards cards--list" aria-busy={state.fetching}>
              <For each={methods().nodes}>
                {(method) => (
                  <MethodCard method={method} headingLevel={2} actions={<CompareToggle method={method} />} />
                )}
              </For>
            </div>
            <ListFooter
              hasMore={methods().pageInfo.hasNextPage && shown() < 100}
              fetching={state.fetching}
              onMore={() => setSearch({ vis: String(shown() / PAGE + 1) }, { scroll: false })}
            />
          </Show>
        )}
      </Show>
      <CompareTray />
    </div>
  );
}
