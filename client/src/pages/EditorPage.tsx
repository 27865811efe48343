import { A, useNavigate, useParams } from '@solidjs/router';
import { usePageTitle } from '../components/pageTitle';
import { For, Match, Show, Switch, createMemo } from 'solid-js';
import { Loading, ProblemPage } from '../components/QueryView';
import { PageHeader } from '../components/ui';
import { EditorForm } from '../domains/editor/EditorForm';
import { EvidenceRatings } from '../domains/editor/EvidenceRatings';
import { TalkVideoUpload } from '../domains/talk/TalkVideoUpload';
import { readValues } from '../domains/editor/fields';
import { createEditNode, type EditedNode } from '../domains/editor/edit-node';
import { useSave } from '../domains/editor/hooks';
import { PublishBar } from '../domains/editor/PublishBar';
import { isEditor } from '../domains/editor/roles';
import { EDITABLE_TYPES, TYPES, isEditableType, typeOfTypename, type EditorConfig } from '../domains/editor/registry';
import { createViewer } from '../domains/member/hooks';
import type { EditMethodFragment } from '../graphql/generated/graphql';
import { useI18n } from '../i18n';
import { editorTexts } from '../i18n/editor-pages';
import { idFromPath, paths } from '../paths';

/** A method's evidence ratings are edited below its form (its fragment selects them). */
const ratingsOf = (node: EditedNode) =>
  node.__typename === 'Method' ? (node as unknown as EditMethodFragment).evidenceRatings.nodes : undefined;

function TypeChooser() {
  const { t } = useI18n(editorTexts);
  return (
    <div class="page page--medium">
      <PageHeader title={t('editorNav.newContent')} lead={t('editing.editor.chooseType')} />
      <ul class="type-choices">
        <For each={EDITABLE_TYPES}>
          {(type) => (
            <li>
              <A href={paths.newContent(type)}>{t(`type.${type}`)}</A>
            </li>
          )}
        </For>
      </ul>
    </div>
  );
}

function NewItem(props: { config: EditorConfig }) {
  const { t } = useI18n(editorTexts);
  const save = useSave(
    () => props.config,
    () => undefined,
  );
  usePageTitle(() => t('editing.editor.newTitle', t(`type.${props.config.type}`)));
  return (
    <div class="page page--medium">
      <PageHeader
        kicker={t('editorNav.staff')}
        title={t('editing.editor.newTitle', t(`type.${props.config.type}`))}
        lead={t('editing.editor.intro')}
        crumbs={[{ href: paths.drafts(), label: t('editorNav.drafts') }]}
      />
      <EditorForm
        fields={props.config.fields}
        initial={readValues(props.config.fields)}
        mode="create"
        submitLabel={props.config.publishable ? t('editing.editor.create') : t('editing.editor.save')}
        personalDataWarning={props.config.personalDataWarning}
        onSubmit={save}
      />
      <Show when={props.config.type === 'method'}>
        <p class="muted">{t('editing.editor.ratingsAfterCreate')}</p>
      </Show>
    </div>
  );
}

function EditItem(props: { node: EditedNode; config: EditorConfig; editor: boolean; refetch: () => void }) {
  const { t } = useI18n(editorTexts);
  const navigate = useNavigate();
  const node = () => props.node as unknown as Record<string, unknown> & { id: string; slug: string };
  const title = () => {
    const value = node()[props.config.titleField];
    return typeof value === 'string' ? value : '';
  };
  const save = useSave(
    () => props.config,
    () => props.node.id,
  );
  usePageTitle(() => t('editing.editor.editTitle', title()));
  const published = () =>
    props.config.publishable ? (node().publishedAt as string | null | undefined) != null : undefined;
  return (
    <div class="page page--medium">
      <PageHeader
        kicker={t(`type.${props.config.type}`)}
        title={t('editing.editor.editTitle', title())}
        crumbs={[{ href: paths.drafts(), label: t('editorNav.drafts') }]}
      />
      <PublishBar
        id={props.node.id}
        title={title()}
        href={props.config.path(node().slug)}
        published={published()}
        canPublish={props.editor}
        onChanged={() => props.refetch()}
        onDeleted={() => navigate(props.editor ? paths.drafts() : paths.account())}
      />
      <EditorForm
        fields={props.config.fields}
        initial={readValues(props.config.fields, node())}
        mode="update"
        submitLabel={t('editing.editor.save')}
        personalDataWarning={props.config.personalDataWarning}
        onSubmit={save}
      />
      <Show when={ratingsOf(props.node)}>
        {(ratings) => (
          <EvidenceRatings methodId={props.node.id} ratings={ratings()} onChanged={() => props.refetch()} />
        )}
      </Show>
      <Show when={props.node.__typename === 'Talk' && props.editor}>
        <TalkVideoUpload talkId={props.node.id} onChanged={() => props.refetch()} />
      </Show>
    </div>
  );
}

/** /edit/new/:type and /edit/:id — the editors' form for every content type (and members' own proposals). */
export default function EditorPage() {
  const { t } = useI18n(editorTexts);
  const params = useParams<{ id?: string; type?: string }>();
  const [viewer] = createViewer();
  const role = () => viewer.data?.viewer?.role;
  // The router hands over the path segment as it is in the address (a global ID's "=" arrives as "%3D").
  const id = () => (params.id ? idFromPath(params.id) : undefined);
  const [node, refetch] = createEditNode(id);
  const config = createMemo(() => {
    const n = node.data?.node;
    const type = n ? typeOfTypename(n.__typename) : undefined;
    return type ? TYPES[type] : undefined;
  });
  return (
    <Switch>
      <Match when={viewer.fetching && !viewer.data}>
        <Loading />
      </Match>
      <Match when={!viewer.data?.viewer}>
        <div class="page page--medium">
          <PageHeader title={t('editorNav.staff')} />
          <p class="callout">
            {t('editing.editor.signInNeeded')} <A href={paths.signIn(window.location.pathname)}>{t('member.signIn')}</A>
          </p>
        </div>
      </Match>
      <Match when={!params.id}>
        <Show
          when={isEditor(role())}
          fallback={
            <div class="page page--medium">
              <PageHeader title={t('editorNav.staff')} />
              <p class="callout">{t('editing.editor.noAccess')}</p>
            </div>
          }
        >
          <Show when={isEditableType(params.type) && params.type} keyed fallback={<TypeChooser />}>
            {(type) => <NewItem config={TYPES[type as keyof typeof TYPES]} />}
          </Show>
        </Show>
      </Match>
      <Match when={node.error}>
        <ProblemPage error={node.error} onRetry={() => refetch()} />
      </Match>
      <Match when={node.fetching && !node.data}>
        <Loading />
      </Match>
      <Match when={node.data && !node.data.node}>
        <ProblemPage notFound />
      </Match>
      <Match when={node.data?.node && !config()}>
        <div class="page page--medium">
          <PageHeader title={t('editorNav.staff')} />
          <p class="callout">{t('editing.editor.notEditable')}</p>
        </div>
      </Match>
      <Match when={node.data?.node && config()?.type !== 'case' && !isEditor(role())}>
        <div class="page page--medium">
          <PageHeader title={t('editorNav.staff')} />
          <p class="callout">{t('editing.editor.noAccess')}</p>
        </div>
      </Match>
      <Match when={node.data?.node && config()}>
        <EditItem
          node={node.data?.node as EditedNode}
          config={config() as EditorConfig}
          editor={isEditor(role())}
          refetch={() => refetch({ requestPolicy: 'network-only' })}
        />
      </Match>
    </Switch>
  );
}
