import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { Markdown } from '../../components/markdown/Markdown';
import { ExampleBadge, Facts, PageHeader, Section, TopicChips } from '../../components/ui';
import type { ReportPageQuery } from '../../graphql/generated/graphql';
import { formatDate } from '../../i18n/format';
import { Discussion } from '../discussion/LazyDiscussion';
import { useI18n } from '../../i18n';
import { meetingsTexts } from '../../i18n/meetings-pages';
import { paths } from '../../paths';
import { SharePanel } from '../share/SharePanel';
import { OutputCard } from '../workshop/OutputCard';
import { CaseCard } from '../case/CaseCard';
import { EditLink } from '../editor/EditLink';

export type ReportDetail = NonNullable<ReportPageQuery['report']>;

export function ReportView(props: { report: ReportDetail }) {
  const { t, tag } = useI18n(meetingsTexts);
  return (
    <article class="page">
      <PageHeader
        kicker={t('type.report')}
        title={props.report.title}
        titleLang="da"
        lead={props.report.summary}
        crumbs={
          props.report.event
            ? [
                { href: paths.events(), label: t('nav.events') },
                { href: paths.event(props.report.event.slug), label: props.report.event.title },
              ]
            : undefined
        }
      >
        <p class="page-header__badges">
          <ExampleBadge show={props.report.isExample} />
        </p>
        <EditLink id={props.report.id} title={props.report.title} />
      </PageHeader>
      <div class="page-grid">
        <div class="page-main">
          <Markdown source={props.report.body} />
          <Show when={props.report.cases.nodes.length}>
            <Section title={t('report.cases')} id="cases">
              <div class="cards">
                <For each={props.report.cases.nodes}>{(item) => <CaseCard item={item} />}</For>
              </div>
            </Section>
          </Show>
          <Show when={props.report.featuredOutputs.length}>
            <Section title={t('meetingsPages.outputs.inReport')} id="featured-outputs">
              <p class="muted">{t('meetingsPages.outputs.inReportIntro')}</p>
              <ul class="outputs">
                <For each={props.report.featuredOutputs}>
                  {(output) => (
                    <li>
                      <OutputCard output={output} showWorkshop />
                    </li>
                  )}
                </For>
              </ul>
            </Section>
          </Show>
          <Discussion about={props.report.id} title={t('report.discussion')} />
        </div>
        <aside class="page-aside" aria-label={t('type.report')}>
          <Facts
            rows={[
              [
                t('report.published'),
                <time datetime={props.report.publishedOn}>{formatDate(props.report.publishedOn, tag())}</time>,
              ],
              [
                t('report.event'),
                props.report.event && (
                  <A href={paths.event(props.report.event.slug)} lang="da">
                    {props.report.event.title}
                  </A>
                ),
              ],
              [t('report.download'), props.report.url && <a href={props.report.url}>{t('report.download')}</a>],
            ]}
          />
          <TopicChips topics={props.report.topics.nodes} label={t('method.topics')} />
          <SharePanel itemId={props.report.id} visibility={props.report.visibility} />
        </aside>
      </div>
    </article>
  );
}
