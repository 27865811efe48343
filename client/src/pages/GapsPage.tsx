import { GAP_KINDS } from '../domains/enums';
import { A } from '@solidjs/router';
import { usePageTitle } from '../components/pageTitle';
import { For, Show, createSignal, createUniqueId } from 'solid-js';
import { Empty, QueryView } from '../components/QueryView';
import { PageHeader } from '../components/ui';
import { FollowButton } from '../domains/gaps/FollowButton';
import { StudyMark } from '../domains/gaps/StudyMark';
import { createKnowledgeGaps } from '../domains/gaps/hooks';
import { createViewer } from '../domains/member/hooks';
import type { KnowledgeGapKind, KnowledgeGapsQuery } from '../graphql/generated/graphql';
import { useI18n } from '../i18n';
import { formatDate } from '../i18n/format';
import { paths } from '../paths';

type Gap = KnowledgeGapsQuery['knowledgeGaps']['nodes'][number];

function GapItem(props: { gap: Gap }) {
  const { t, tag, locale } = useI18n();
  const [viewer] = createViewer();
  // eslint-disable-next-line solid/reactivity -- the starting list; marking and withdrawing replace it locally
  const [claims, setClaims] = createSignal(props.gap.studiedBy);
  const ours = () => {
    const organisation = viewer.data?.viewer?.member?.organisation.id;
    return organisation ? claims().find((claim) => claim.organisation.id === organisation) : undefined;
  };
  /** The gap's name as the reader sees it (also said after the buttons, so each says which gap). */
  const name = () => {
    const { method, topic, targetGroup } = props.gap;
    if (method) return method.name;
    if (topic) return locale() === 'en' ? topic.nameEn : topic.nameDa;
    return targetGroup ? t(`targetGroup.${targetGroup}`) : props.gap.label;
  };
  const title = () => {
    const { method, topic } = props.gap;
    if (method) return <A href={paths.method(method.slug)}>{name()}</A>;
    if (topic) return <A href={paths.topic(topic.slug)}>{name()}</A>;
    return <>{name()}</>;
  };
  return (
    <li class="gap card">
      <p class="muted">{t(`gaps.kind.${props.gap.kind}`)}</p>
      <h2>{title()}</h2>
      <p>
        {t('gaps.cases', props.gap.caseCount)}
        <Show when={props.gap.unrated}> · {t('gaps.unrated')}</Show>
        <Show when={props.gap.weakDimensions.length}>
          {' · '}
          {t('gaps.weak')} {props.gap.weakDimensions.map((d) => t(`gaps.dimension.${d}`)).join(', ')}
        </Show>
      </p>
      <Show when={claims().length}>
        <p>
          <strong>{t('gaps.studiedBy')}</strong>{' '}
          <For each={claims()}>
            {(claim, i) => (
              <>
                {i() > 0 ? '; ' : ''}
                <A href={paths.organisation(claim.organisation.slug)}>{claim.organisation.name}</A> (
                {t('gaps.expected', formatDate(claim.expectedOn, tag()))}
                <Show when={claim.contact}>, {claim.contact}</Show>)
              </>
            )}
          </For>
        </p>
      </Show>
      <FollowButton id={props.gap.id} following={props.gap.viewerIsFollowing} hint={t('gaps.followHint')} gap />
      <Show when={props.gap.viewerCanMarkStudied}>
        <StudyMark gapId={props.gap.id} label={name()} ours={ours()} onChange={setClaims} />
      </Show>
    </li>
  );
}

/** The gap map: where the evidence is thin, by kind, with who studies it; members follow gaps for results. */
export default function GapsPage() {
  const { t } = useI18n();
  const id = createUniqueId();
  const [kind, setKind] = createSignal<KnowledgeGapKind | ''>('');
  usePageTitle(() => t('gaps.title'));
  const [state, refetch] = createKnowledgeGaps(() => (kind() ? { kinds: [kind() as KnowledgeGapKind] } : null));
  return (
    <div class="page page--medium">
      <PageHeader title={t('gaps.title')} lead={t('gaps.lead')} />
      <p>
        <label for={id}>{t('gaps.filterLabel')}</label>{' '}
        <select id={id} value={kind()} onChange={(e) => setKind(e.currentTarget.value as KnowledgeGapKind | '')}>
          <option value="">{t('gaps.allKinds')}</option>
          <For each={GAP_KINDS}>{(k) => <option value={k}>{t(`gaps.kind.${k}`)}</option>}</For>
        </select>
      </p>
      <QueryView
        state={state}
        pick={(data) => data.knowledgeGaps}
        retry={() => refetch({ requestPolicy: 'network-only' })}
      >
        {(gaps) => (
          <>
            <p role="status">{t('gaps.count', gaps.totalCount)}</p>
            <Show when={gaps.nodes.length} fallback={<Empty>{t('gaps.none')}</Empty>}>
              <ul class="gap-list">
                <For each={gaps.nodes}>{(gap) => <GapItem gap={gap} />}</For>
              </ul>
            </Show>
          </>
        )}
      </QueryView>
    </div>
  );
}
