import { A } from '@solidjs/router';
import { usePageTitle } from '../components/pageTitle';
import { For, Match, Show, Switch, createSignal, getOwner, runWithOwner } from 'solid-js';
import { ListFooter } from '../components/lists';
import { Empty, Loading, Problem } from '../components/QueryView';
import { PageHeader } from '../components/ui';
import type { DraftPage, LoadDrafts } from '../domains/editor/drafts';
import { isEditor } from '../domains/editor/roles';
import { DRAFT_SECTIONS, type EditableType } from '../domains/editor/registry';
import { createViewer } from '../domains/member/hooks';
import type { SearchType } from '../graphql/generated/graphql';
import { useI18n } from '../i18n';
import { editorTexts } from '../i18n/editor-pages';
import { formatDate } from '../i18n/format';
import { paths } from '../paths';
import '../styles/editor.css';

/** One type's drafts: its first page, then each page "show more" adds after the last one. */
function DraftSection(props: { type: EditableType; plural: SearchType; load: LoadDrafts; first: DraftPage }) {
  const { t, tag } = useI18n(editorTexts);
  const owner = getOwner();
  const [more, setMore] = createSignal<DraftPage[]>([]);
  const pages = () => [props.first, ...more()];
  const last = () => pages().at(-1)!;
  const showMore = () => {
    const after = last().list()?.pageInfo.endCursor;
    const load = props.load;
    const page = after ? runWithOwner(owner, () => load(after, () => false)) : undefined;
    if (page) setMore([...more(), page]);
  };
  const heading = () => `${props.type}-drafts`;
  return (
    <section class="drafts-section" aria-labelledby={heading()}>
      <h2 id={heading()}>
        {t(`searchType.${props.plural}`)} ({props.first.list()?.totalCount})
      </h2>
      <div class="table-wrap">
        <table class="table">
          <caption class="visually-hidden">{t(`searchType.${props.plural}`)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('editing.drafts.item')}</th>
              <th scope="col">{t('editing.drafts.updated')}</th>
            </tr>
          </thead>
          <tbody>
            <For each={pages()}>
              {(page) => (
                <For each={page.list()?.nodes ?? []}>
                  {(draft) => (
                    <tr>
                      <td>
                        <A href={paths.edit(draft.id)} lang="da">
                          {draft.title}
                        </A>
                      </td>
                      <td>{formatDate(draft.updatedAt, tag())}</td>
                    </tr>
                  )}
                </For>
              )}
            </For>
          </tbody>
        </table>
      </div>
      <Show when={last().error()}>{(error) => <Problem error={error()} onRetry={() => last().refetch()} />}</Show>
      <ListFooter
        hasMore={Boolean(last().list()?.pageInfo.hasNextPage)}
        fetching={last().fetching()}
        onMore={showMore}
      />
    </section>
  );
}

export default function DraftsPage() {
  const { t } = useI18n(editorTexts);
  const [viewer] = createViewer();
  const paused = () => !isEditor(viewer.data?.viewer?.role);
  const sections = DRAFT_SECTIONS.map(([type, plural, load]) => ({ type, plural, load, first: load(null, paused) }));
  const failed = () => sections.find((s) => s.first.error())?.first;
  const loaded = () => sections.every((s) => s.first.list());
  const withDrafts = () => sections.filter((s) => (s.first.list()?.totalCount ?? 0) > 0);
  usePageTitle(() => t('editing.drafts.title'));
  return (
    <div class="page page--medium">
      <PageHeader kicker={t('editorNav.staff')} title={t('editing.drafts.title')} lead={t('editing.drafts.intro')}>
        <p>
          <A class="button button--primary" href={paths.newContent()}>
            {t('editing.drafts.create')}
          </A>
        </p>
      </PageHeader>
      <Switch>
        <Match when={viewer.fetching && !viewer.data}>
          <Loading />
        </Match>
        <Match when={!isEditor(viewer.data?.viewer?.role)}>
          <p class="callout">{t('editing.editor.noAccess')}</p>
        </Match>
        <Match when={failed()}>
          {(page) => <Problem error={page().error()} onRetry={() => sections.forEach((s) => s.first.refetch())} />}
        </Match>
        <Match when={!loaded()}>
          <Loading />
        </Match>
        <Match when={loaded()}>
          <Show when={withDrafts().length} fallback={<Empty>{t('editing.drafts.none')}</Empty>}>
            <For each={withDrafts()}>
              {(s) => <DraftSection type={s.type} plural={s.plural} load={s.load} first={s.first} />}
            </For>
          </Show>
        </Match>
      </Switch>
    </div>
  );
}
