import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { hostOf } from '../../components/util';
import { Markdown } from '../../components/markdown/Markdown';
import { Empty } from '../../components/QueryView';
import {
  ExampleBadge,
  Facts,
  PageHeader,
  Section,
  TargetGroupList,
  VerdictBadge,
  TopicChips,
} from '../../components/ui';
import type { MethodPageQuery } from '../../graphql/generated/graphql';
import { methodsTexts } from '../../i18n/methods';
import { useI18n } from '../../i18n';
import { paths } from '../../paths';
import { CaseCard } from '../case/CaseCard';
import { Discussion } from '../discussion/LazyDiscussion';
import { StudyItem } from '../study/StudyItem';
import { TalkCard } from '../talk/TalkCard';
import { evidenceTexts } from '../../i18n/evidence';
import { DeclarationChart } from './DeclarationChart';
import { DeclarationExplained } from './DeclarationExplained';
import { EvidenceTable } from './EvidenceTable';
import { EditLink } from '../editor/EditLink';
import { FollowButton } from '../gaps/FollowButton';
import { CompareToggle, CompareTray } from './CompareControls';
import { hasPractice, PracticalFacts } from './PracticalFacts';

export type MethodDetail = NonNullable<MethodPageQuery['method']>;

export function MethodView(props: { method: MethodDetail }) {
  const { t } = useI18n(methodsTexts, evidenceTexts);
  const ratings = () => props.method.evidenceRatings.nodes;
  // The newest Vidensportal declaration (ratings come newest first).
  const declaration = () => ratings().find((r) => r.scheme === 'VIDENSPORTAL' && r.dimensions)?.dimensions;
  return (
    <article class="page">
      <PageHeader
        kicker={t('type.method')}
        title={props.method.name}
        titleLang="da"
        lead={props.method.summary}
        crumbs={[{ href: paths.methods(), label: t('nav.methods') }]}
      >
        <p class="page-header__badges">
          <VerdictBadge verdict={props.method.evidenceVerdict} />
          <Show when={ratings().length}>
            <a href="#evidence" class="verdict__more">
              {t('method.seeRatings')}
            </a>
          </Show>
          <ExampleBadge show={props.method.isExample} />
        </p>
        <EditLink id={props.method.id} title={props.method.name} />
        <FollowButton id={props.method.id} following={props.method.viewerIsFollowing} hint={t('follow.methodHint')} />
        <p class="method-actions">
          <CompareToggle method={props.method} />
          <A class="button button--small" href={paths.methodSummary(props.method.slug)}>
            {t('methodsPages.summary.action')}
          </A>
        </p>
      </PageHeader>
      <CompareTray />

      <div class="page-grid">
        <div class="page-main">
          <Markdown source={props.method.description} />

          <Show when={hasPractice(props.method)}>
            <Section title={t('methodsPages.practice.title')} id="practice">
              <PracticalFacts method={props.method} />
            </Section>
          </Show>

          <Section title={t('method.evidence')} id="evidence">
            <p class="muted">
              {t('evidence.intro')} <a href={paths.howWeRate()}>{t('howWeRate.link')}</a>
            </p>
            <Show when={ratings().length && props.method.evidenceVerdict.scheme !== 'VIDENSBRO'}>
              <p class="callout">{t('evidence.noEditorial')}</p>
            </Show>
            <Show when={ratings().length} fallback={<Empty>{t('method.noRatings')}</Empty>}>
              <EvidenceTable ratings={ratings()} />
            </Show>
            <Show when={declaration()}>
              {(dims) => (
                <figure class="declaration-figure">
                  <figcaption>
                    <strong>{t('method.declaration')}</strong> — {t('method.declarationIntro')}
                  </figcaption>
                  <DeclarationChart dimensions={dims()} />
                  <DeclarationExplained dimensions={dims()} />
                </figure>
              )}
            </Show>
          </Section>

          <Section title={t('method.cases')} id="cases">
            <Show when={props.method.cases.nodes.length} fallback={<Empty>{t('method.noCases')}</Empty>}>
              <div class="cards">
                <For each={props.method.cases.nodes}>{(item) => <CaseCard item={item} />}</For>
              </div>
            </Show>
          </Section>

          <Section title={t('method.studies')} id="studies">
            <Show when={props.method.studies.nodes.length} fallback={<Empty>{t('method.noStudies')}</Empty>}>
              <ul class="items">
                <For each={props.method.studies.nodes}>{(study) => <StudyItem study={study} />}</For>
              </ul>
            </Show>
          </Section>

          <Show when={props.method.talks.nodes.length}>
            <Section title={t('method.talks')} id="talks">
              <div class="cards">
                <For each={props.method.talks.nodes}>{(talk) => <TalkCard talk={talk} />}</For>
              </div>
            </Section>
          </Show>

          <Discussion about={props.method.id} title={t('method.discussion')} />
        </div>

        <aside class="page-aside" aria-label={t('type.method')}>
          <Facts
            rows={[
              [
                t('method.originalName'),
                props.method.originalName && <span lang="en">{props.method.originalName}</span>,
              ],
              [t('method.origin'), props.method.origin && <span lang="da">{props.method.origin}</span>],
              [
                t('method.targetGroups'),
                props.method.targetGroups.length > 0 && <TargetGroupList groups={props.method.targetGroups} />,
              ],
              [t('method.age'), t('format.ageRange', props.method.ageMin, props.method.ageMax)],
              [
                t('method.website'),
                props.method.website && (
                  <a href={props.method.website} rel="noopener noreferrer">
                    {hostOf(props.method.website)}
                  </a>
                ),
              ],
            ]}
          />
          <TopicChips topics={props.method.topics.nodes} label={t('method.topics')} />
        </aside>
      </div>
    </article>
  );
}
