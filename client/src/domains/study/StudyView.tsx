import { For, Show } from 'solid-js';
import { ExampleBadge, Facts, PageHeader, Section, TopicChips } from '../../components/ui';
import { hostOf } from '../../components/util';
import type { StudyPageQuery } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n';
import { MethodCard } from '../method/MethodCard';
import { EditLink } from '../editor/EditLink';

export type StudyDetail = NonNullable<StudyPageQuery['study']>;

export function StudyView(props: { study: StudyDetail }) {
  const { t } = useI18n();
  return (
    <article class="page">
      <PageHeader kicker={t('type.study')} title={props.study.title} titleLang="da">
        <p class="page-header__badges">
          <span class="badge">{t(`design.${props.study.design}`)}</span>
          <ExampleBadge show={props.study.isExample} />
        </p>
        <EditLink id={props.study.id} title={props.study.title} />
      </PageHeader>
      <div class="page-grid">
        <div class="page-main">
          <Section title={t('study.abstract')} id="abstract">
            <p class="prose" lang="da">
              {props.study.abstract}
            </p>
          </Section>
          <Show when={props.study.methods.nodes.length}>
            <Section title={t('study.methods')} id="methods">
              <div class="cards">
                <For each={props.study.methods.nodes}>{(method) => <MethodCard method={method} />}</For>
              </div>
            </Section>
          </Show>
        </div>
        <aside class="page-aside" aria-label={t('type.study')}>
          <Facts
            rows={[
              [t('study.authors'), <span lang="da">{props.study.authors.join(', ')}</span>],
              [t('study.year'), props.study.year],
              [t('study.publisher'), <span lang="da">{props.study.publisher}</span>],
              [t('study.country'), props.study.country && <span lang="da">{props.study.country}</span>],
              [
                t('study.read'),
                props.study.url && (
                  <a href={props.study.url} rel="noopener noreferrer">
                    {hostOf(props.study.url)}
                  </a>
                ),
              ],
            ]}
          />
          <TopicChips topics={props.study.topics.nodes} label={t('method.topics')} />
        </aside>
      </div>
    </article>
  );
}
