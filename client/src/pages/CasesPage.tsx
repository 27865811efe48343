import { useSearchParams } from '@solidjs/router';
import { usePageTitle } from '../components/pageTitle';
import { For, Show, createMemo } from 'solid-js';
import { FilterBar, FilterSelect, oneOf, param } from '../components/filters';
import { ListFooter, ResultCount } from '../components/lists';
import { Empty, Problem } from '../components/QueryView';
import { PageHeader } from '../components/ui';
import { CaseCard } from '../domains/case/CaseCard';
import { createCaseList } from '../domains/case/hooks';
import { ORGANISATION_KINDS, STRENGTHS, TARGET_GROUPS } from '../domains/enums';
import { createTopicOptions } from '../domains/topic/hooks';
import { topicOptions } from '../domains/topic/options';
import { useI18n } from '../i18n';

const PAGE = 24;

export default function CasesPage() {
  const { t, locale } = useI18n();
  const [search, setSearch] = useSearchParams();
  usePageTitle(() => t('cases.title'));

  const group = () => oneOf(param(search.maalgruppe), TARGET_GROUPS);
  const kind = () => oneOf(param(search.organisation), ORGANISATION_KINDS);
  const strength = () => oneOf(param(search.styrke), STRENGTHS);
  const shown = () => Math.min(100, PAGE * Math.max(1, Number(param(search.vis)) || 1));

  const [topicsState] = createTopicOptions();
  const topics = createMemo(() => topicOptions(topicsState.data?.topics.nodes ?? [], locale()));
  const topicId = () => topics().find((o) => o.value === param(search.emne))?.id;

  const [state, refetch] = createCaseList(
    () => ({
      first: shown(),
      filter: { targetGroup: group(), organisationKind: kind(), minEvidenceStrength: strength(), topic: topicId() },
    }),
    () => Boolean(param(search.emne)) && !topicsState.data,
  );
  const active = () => Boolean(group() || kind() || strength() || param(search.emne));

  return (
    <div class="page">
      <PageHeader title={t('cases.title')} lead={t('cases.intro')} />
      <FilterBar
        active={active()}
        onClear={() => setSearch({ maalgruppe: null, organisation: null, styrke: null, emne: null, vis: null })}
      >
        <FilterSelect
          label={t('cases.targetGroup')}
          value={group()}
          options={TARGET_GROUPS.map((g) => ({ value: g, label: t(`targetGroup.${g}`) }))}
          onChange={(v) => setSearch({ maalgruppe: v ?? null, vis: null })}
        />
        <FilterSelect
          label={t('cases.topic')}
          value={param(search.emne)}
          options={topics()}
          onChange={(v) => setSearch({ emne: v ?? null, vis: null })}
        />
        <FilterSelect
          label={t('cases.organisationKind')}
          value={kind()}
          options={ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`orgKind.${k}`) }))}
          onChange={(v) => setSearch({ organisation: v ?? null, vis: null })}
        />
        <FilterSelect
          label={t('cases.minStrength')}
          value={strength()}
          options={STRENGTHS.map((s) => ({ value: s, label: t(`strength.${s}`) }))}
          onChange={(v) => setSearch({ styrke: v ?? null, vis: null })}
        />
      </FilterBar>
      <ResultCount state={state} count={(d) => d.cases.totalCount} />
      <Show when={state.error}>
        <Problem error={state.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      </Show>
      <Show when={state.data?.cases}>
        {(cases) => (
          <Show when={cases().nodes.length} fallback={<Empty>{t('list.none')}</Empty>}>
            <div class="cards cards--list" aria-busy={state.fetching}>
              <For each={cases().nodes}>{(item) => <CaseCard item={item} headingLevel={2} />}</For>
            </div>
            <ListFooter
              hasMore={cases().pageInfo.hasNextPage && shown() < 100}
              fetching={state.fetching}
              onMore={() => setSearch({ vis: String(shown() / PAGE + 1) }, { scroll: false })}
            />
          </Show>
        )}
      </Show>
    </div>
  );
}
