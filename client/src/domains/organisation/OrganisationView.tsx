import { For, Show } from 'solid-js';
import { Markdown } from '../../components/markdown/Markdown';
import { ExampleBadge, Facts, PageHeader, Section } from '../../components/ui';
import { hostOf } from '../../components/util';
import type { OrganisationPageQuery } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n';
import { paths } from '../../paths';
import { CaseCard } from '../case/CaseCard';

export type OrganisationDetail = NonNullable<OrganisationPageQuery['organisation']>;

export function OrganisationView(props: { organisation: OrganisationDetail }) {
  const { t } = useI18n();
  return (
    <article class="page">
      <PageHeader
        kicker={t(`orgKind.${props.organisation.kind}`)}
        title={props.organisation.name}
        titleLang="da"
        crumbs={[{ href: paths.organisations(), label: t('nav.organisations') }]}
      >
        <p class="page-header__badges">
          <span class={`badge ${props.organisation.isActiveMember ? 'badge--member' : ''}`}>
            {props.organisation.isActiveMember ? t('organisation.member') : t('organisation.notMember')}
          </span>
          <ExampleBadge show={props.organisation.isExample} />
        </p>
      </PageHeader>
      <div class="page-grid">
        <div class="page-main">
          <Markdown source={props.organisation.description} />
          <Show when={props.organisation.cases.nodes.length}>
            <Section title={t('organisation.cases')} id="cases">
              <div class="cards">
                <For each={props.organisation.cases.nodes}>{(item) => <CaseCard item={item} />}</For>
              </div>
            </Section>
          </Show>
        </div>
        <aside class="page-aside" aria-label={t('type.organisation')}>
          <Facts
            rows={[
              [t('organisation.kind'), t(`orgKind.${props.organisation.kind}`)],
              [t('organisation.city'), props.organisation.city && <span lang="da">{props.organisation.city}</span>],
              [
                t('organisation.website'),
                props.organisation.website && (
                  <a href={props.organisation.website} rel="noopener noreferrer">
                    {hostOf(props.organisation.website)}
                  </a>
                ),
              ],
            ]}
          />
        </aside>
      </div>
    </article>
  );
}
