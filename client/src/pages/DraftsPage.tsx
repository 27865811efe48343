import { A } from '@solidjs/router';
import { createQuery } from '@urql/solid';
import { For, Match, Show, Switch, onMount } from 'solid-js';
import { Empty, Loading, Problem } from '../components/QueryView';
import { PageHeader } from '../components/ui';
import { DraftsDoc } from '../domains/editor/graphql';
import { isEditor } from '../domains/editor/roles';
import type { EditableType } from '../domains/editor/types';
import { createViewer } from '../domains/member/hooks';
import type { EditorDraftsQuery } from '../graphql/generated/graphql';
import { useI18n } from '../i18n';
import { useEditorText } from '../i18n/editor-pages';
import { formatDate } from '../i18n/format';
import { paths } from '../paths';
import '../styles/editor.css';

interface Draft {
  id: string;
  type: EditableType;
  title: string;
  updatedAt: string;
}

/** The unpublished items of every kind, most recently changed first. */
export function draftsOf(data: EditorDraftsQuery): Draft[] {
  const lists: [
    EditableType,
    readonly { id: string; title: string; publishedAt?: string | null; updatedAt: string }[],
  ][] = [
    ['method', data.methods.nodes.map((n) => ({ ...n, title: n.name }))],
    ['case', data.cases.nodes],
    ['study', data.studies.nodes],
    ['event', data.events.nodes],
    ['talk', data.talks.nodes],
    ['workshop', data.workshops.nodes],
    ['report', data.reports.nodes],
  ];
  return lists
    .flatMap(([type, nodes]) =>
      nodes.filter((n) => !n.publishedAt).map((n) => ({ id: n.id, type, title: n.title, updatedAt: n.updatedAt })),
    )
    .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt));
}

export default function DraftsPage() {
  const { t, tag } = useI18n();
  const tx = useEditorText();
  const [viewer] = createViewer();
  const [drafts, refetch] = createQuery({
    query: DraftsDoc,
    pause: () => !isEditor(viewer.data?.viewer?.role),
    requestPolicy: 'network-only',
  });
  onMount(() => (document.title = `${tx().drafts.title} · Vidensbro`));
  return (
    <div class="page page--medium">
      <PageHeader kicker={t('editorNav.staff')} title={tx().drafts.title} lead={tx().drafts.intro}>
        <p>
          <A class="button button--primary" href={paths.newContent()}>
            {tx().drafts.create}
          </A>
        </p>
      </PageHeader>
      <Switch>
        <Match when={viewer.fetching && !viewer.data}>
          <Loading />
        </Match>
        <Match when={!isEditor(viewer.data?.viewer?.role)}>
          <p class="callout">{tx().editor.noAccess}</p>
        </Match>
        <Match when={drafts.error}>
          <Problem error={drafts.error} onRetry={() => refetch()} />
        </Match>
        <Match when={!drafts.data}>
          <Loading />
        </Match>
        <Match when={drafts.data}>
          {(data) => (
            <Show when={draftsOf(data()).length} fallback={<Empty>{tx().drafts.none}</Empty>}>
              <div class="table-wrap">
                <table class="table">
                  <caption class="visually-hidden">{tx().drafts.title}</caption>
                  <thead>
                    <tr>
                      <th scope="col">{tx().drafts.item}</th>
                      <th scope="col">{tx().drafts.type}</th>
                      <th scope="col">{tx().drafts.updated}</th>
                    </tr>
                  </thead>
                  <tbody>
                    <For each={draftsOf(data())}>
                      {(draft) => (
                        <tr>
                          <td>
                            <A href={paths.edit(draft.id)} lang="da">
                              {draft.title}
                            </A>
                          </td>
                          <td>{t(`type.${draft.type}`)}</td>
                          <td>{formatDate(draft.updatedAt, tag())}</td>
                        </tr>
                      )}
                    </For>
                  </tbody>
                </table>
              </div>
              <p class="muted">{tx().drafts.limitNote}</p>
            </Show>
          )}
        </Match>
      </Switch>
    </div>
  );
}
