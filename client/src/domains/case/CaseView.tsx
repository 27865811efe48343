import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { Markdown } from '../../components/markdown/Markdown';
import { ExampleBadge, Facts, PageHeader, Section, TargetGroupList, TopicChips } from '../../components/ui';
import type { CasePageQuery } from '../../graphql/generated/graphql';
import { formatDate } from '../../i18n/format';
import { Discussion } from '../discussion/LazyDiscussion';
import { useI18n } from '../../i18n';
import { paths } from '../../paths';
import { MethodCard } from '../method/MethodCard';
import { EditLink } from '../editor/EditLink';

export type CaseDetail = NonNullable<CasePageQuery['case']>;

export function CaseView(props: { item: CaseDetail }) {
  const { t, tag } = useI18n();
  return (
    <article class="page">
      <PageHeader
        kicker={t('type.case')}
        title={props.item.title}
        titleLang="da"
        lead={props.item.summary}
        crumbs={[{ href: paths.cases(), label: t('nav.cases') }]}
      >
        <p class="page-header__badges">
          <ExampleBadge show={props.item.isExample} />
        </p>
        <EditLink
          id={props.item.id}
          title={props.item.title}
          ownDraft={{ organisationId: props.item.organisation.id, published: Boolean(props.item.publishedAt) }}
        />
      </PageHeader>
      <div class="page-grid">
        <div class="page-main">
          <Markdown source={props.item.body} />
          <Show when={props.item.methods.nodes.length}>
            <Section title={t('case.methods')} id="methods">
              <div class="cards">
                <For each={props.item.methods.nodes}>{(method) => <MethodCard method={method} />}</For>
              </div>
            </Section>
          </Show>
          <Show when={props.item.reports.nodes.length}>
            <Section title={t('case.reports')} id="reports">
              <ul class="items">
                <For each={props.item.reports.nodes}>
                  {(report) => (
                    <li class="item">
                      <A href={paths.report(report.slug)} lang="da" class="item__title">
                        {report.title}
                      </A>
                      <span class="item__meta">{formatDate(report.publishedOn, tag())}</span>
                    </li>
                  )}
                </For>
              </ul>
            </Section>
          </Show>
          <Discussion about={props.item.id} title={t('case.discussion')} />
        </div>
        <aside class="page-aside" aria-label={t('type.case')}>
          <Facts
            rows={[
              [
                t('case.from'),
                <A href={paths.organisation(props.item.organisation.slug)}>{props.item.organisation.name}</A>,
              ],
              [t('organisation.kind'), t(`orgKind.${props.item.organisation.kind}`)],
              [t('case.year'), props.item.year],
              [
                t('case.targetGroups'),
                props.item.targetGroups.length > 0 && <TargetGroupList groups={props.item.targetGroups} />,
              ],
              [t('case.age'), t('format.ageRange', props.item.ageMin, props.item.ageMax)],
            ]}
          />
          <TopicChips topics={props.item.topics.nodes} label={t('case.topics')} />
        </aside>
      </div>
    </article>
  );
}
