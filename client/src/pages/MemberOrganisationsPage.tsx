import { A } from '@solidjs/router';
import { usePageTitle } from '../components/pageTitle';
import { For, Show, createSignal } from 'solid-js';
import { Empty, Loading, Problem } from '../components/QueryView';
import { PageHeader } from '../components/ui';
import type { OrganisationKind } from '../graphql/generated/graphql';
import { createMemberOrganisations } from '../domains/membership/hooks';
import { useI18n } from '../i18n';
import { membershipTexts } from '../i18n/membership';
import { paths } from '../paths';

/** /membership — the forum's member organisations (public), with counts by kind as filters. */
export default function MemberOrganisationsPage() {
  const { t } = useI18n(membershipTexts);
  const [kind, setKind] = createSignal<OrganisationKind | null>(null);
  const [data, refetch] = createMemberOrganisations(kind);
  usePageTitle(() => t('membershipPages.list.title'));
  const total = () => data.data?.memberOrganisationCounts.reduce((sum, c) => sum + c.count, 0) ?? 0;
  return (
    <div class="page">
      <PageHeader title={t('membershipPages.list.title')} lead={t('membershipPages.list.lead')}>
        <p>
          <A href={paths.membershipApply()}>{t('membership.nav.apply')}</A>
        </p>
      </PageHeader>
      <Show when={data.error}>
        <Problem error={data.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
      </Show>
      <Show
        when={data.data}
        fallback={
          <Show when={!data.error}>
            <Loading />
          </Show>
        }
      >
        {(d) => (
          <>
            <section class="section" aria-labelledby="member-counts">
              <h2 id="member-counts">{t('membershipPages.list.counts')}</h2>
              <p>{t('membershipPages.list.total', total())}</p>
              <ul class="chips" aria-label={t('membershipPages.list.counts')}>
                <li>
                  <button type="button" class="chip" aria-pressed={kind() === null} onClick={() => setKind(null)}>
                    {t('membershipPages.list.all')} ({total()})
                  </button>
                </li>
                <For each={d().memberOrganisationCounts}>
                  {(count) => (
                    <li>
                      <button
                        type="button"
                        class="chip"
                        aria-pressed={kind() === count.kind}
                        onClick={() => setKind(count.kind)}
                      >
                        {t(`orgKind.${count.kind}`)} ({count.count})
                      </button>
                    </li>
                  )}
                </For>
              </ul>
            </section>
            <Show
              when={d().memberOrganisations.nodes.length}
              fallback={<Empty>{t('membershipPages.list.none')}</Empty>}
            >
              <ul class="member-organisations">
                <For each={d().memberOrganisations.nodes}>
                  {(org) => (
                    <li>
                      <A href={paths.organisation(org.slug)}>{org.name}</A>
                      <span>
                        {' '}
                        · {t(`orgKind.${org.kind}`)}
                        {org.city ? ` · ${org.city}` : ''}
                      </span>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </>
        )}
      </Show>
    </div>
  );
}
