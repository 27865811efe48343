import { usePageTitle } from '../components/pageTitle';
import { For, Match, Show, Switch, createSignal } from 'solid-js';
import { Empty, Loading, Problem } from '../components/QueryView';
import { PageHeader } from '../components/ui';
import { isOrgAdmin } from '../domains/editor/roles';
import { createOrganisationMembers } from '../domains/orgadmin/hooks';
import { InviteForm } from '../domains/orgadmin/InviteForm';
import { MemberActions } from '../domains/orgadmin/MemberRow';
import { useI18n } from '../i18n';
import { editorTexts } from '../i18n/editor-pages';
import '../styles/editor.css';

/** /organisation/members — an organisation admin's people: invite, remove, delete an account. */
export default function OrganisationMembersPage() {
  const { t } = useI18n(editorTexts);
  const [data, refetch] = createOrganisationMembers();
  const [note, setNote] = createSignal('');
  // Someone just removed: no longer listed, but their account can still be deleted from here.
  const [removed, setRemoved] = createSignal<{ id: string; name: string }>();
  const reload = () => refetch({ requestPolicy: 'network-only' });
  usePageTitle(() => t('editing.members.title'));
  const viewer = () => data.data?.viewer;
  return (
    <div class="page page--medium">
      <PageHeader
        kicker={t('editorNav.admin')}
        title={t('editing.members.title')}
        lead={viewer() ? t('editing.members.intro', viewer()?.member.organisation.name ?? '') : undefined}
      />
      <Switch>
        <Match when={data.error}>
          <Problem error={data.error} onRetry={reload} />
        </Match>
        <Match when={!data.data}>
          <Loading />
        </Match>
        <Match when={!viewer() || !isOrgAdmin(viewer()?.role)}>
          <p class="callout">{t('editing.members.noAccess')}</p>
        </Match>
        <Match when={viewer()}>
          {(me) => (
            <>
              <p role="status">{note()}</p>
              <Show when={removed()}>
                {(person) => (
                  <div class="callout">
                    <p>{t('editing.members.removed', person().name)}</p>
                    <MemberActions
                      person={person()}
                      removed
                      onRemoved={() => undefined}
                      onDeleted={(p) => {
                        setRemoved(undefined);
                        setNote(t('editing.members.deletedAccount', p.name));
                      }}
                    />
                  </div>
                )}
              </Show>
              <Show
                when={me().member.organisation.members.nodes.length}
                fallback={<Empty>{t('editing.members.none')}</Empty>}
              >
                <ul class="members-list" aria-label={t('editing.members.title')}>
                  <For each={me().member.organisation.members.nodes}>
                    {(person) => (
                      <li class="members-list__item">
                        <div>
                          <p class="members-list__name">
                            {person.name}
                            <Show when={person.id === me().member.id}> {t('editing.members.you')}</Show>
                          </p>
                          <p class="members-list__meta">
                            {person.email} · {t('editing.members')[`role_${person.role}`]}
                          </p>
                        </div>
                        <Show when={person.id !== me().member.id}>
                          <MemberActions
                            person={person}
                            onRemoved={(p) => {
                              setNote('');
                              setRemoved(p);
                              reload();
                            }}
                            onDeleted={(p) => {
                              setNote(t('editing.members.deletedAccount', p.name));
                              reload();
                            }}
                          />
                        </Show>
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
              <InviteForm organisationId={me().member.organisation.id} inviter={me().role} onInvited={reload} />
            </>
          )}
        </Match>
      </Switch>
    </div>
  );
}
