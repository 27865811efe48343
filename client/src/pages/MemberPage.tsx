import { A, useLocation, useParams } from '@solidjs/router';
import { Show } from 'solid-js';
import { QueryView } from '../components/QueryView';
import { ExampleBadge, Facts, PageHeader } from '../components/ui';
import { createMemberPage, createViewer } from '../domains/member/hooks';
import { useI18n } from '../i18n';
import { idFromPath, paths } from '../paths';

/** /members/:id — where a mention leads: who the person is and which organisation they speak from (members). */
export default function MemberPage() {
  const { t } = useI18n();
  const params = useParams<{ id: string }>();
  const location = useLocation();
  const [viewer] = createViewer();
  const signedIn = () => Boolean(viewer.data?.viewer);
  const [state, refetch] = createMemberPage(
    () => idFromPath(params.id),
    () => !signedIn(),
  );
  return (
    <Show
      when={signedIn() || viewer.fetching}
      fallback={
        <div class="page page--medium">
          <PageHeader title={t('member.kind')} />
          <p class="callout">
            {t('member.signInToSee')} <A href={paths.signIn(location.pathname)}>{t('member.signIn')}</A>
          </p>
        </div>
      }
    >
      <QueryView
        state={state}
        pick={(data) => (data.node?.__typename === 'Member' ? data.node : null)}
        retry={() => refetch({ requestPolicy: 'network-only' })}
        title={(member) => member.name}
      >
        {(member) => (
          <article class="page page--medium">
            <PageHeader kicker={t('member.kind')} title={member.name} lead={member.title ?? undefined}>
              <Show when={member.isExample}>
                <p class="page-header__badges">
                  <ExampleBadge show />
                </p>
              </Show>
            </PageHeader>
            <Facts
              rows={[
                [
                  t('member.speaksFrom'),
                  <A href={paths.organisation(member.organisation.slug)} lang="da">
                    {member.organisation.name}
                  </A>,
                ],
                [t('search.orgKinds'), t(`orgKind.${member.organisation.kind}`)],
              ]}
            />
          </article>
        )}
      </QueryView>
    </Show>
  );
}
