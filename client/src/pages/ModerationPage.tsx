import { usePageTitle } from '../components/pageTitle';
import { For, Match, Show, Switch, createSignal } from 'solid-js';
import { Empty, Loading, Problem } from '../components/QueryView';
import { PageHeader } from '../components/ui';
import { isEditor } from '../domains/editor/roles';
import { createViewer } from '../domains/member/hooks';
import { FlagCard } from '../domains/moderation/FlagCard';
import { createModerationQueue } from '../domains/moderation/hooks';
import { useI18n } from '../i18n';
import { editorTexts } from '../i18n/editor-pages';
import '../styles/editor.css';

/** /moderation — reported comments for editors and admins, oldest first. */
export default function ModerationPage() {
  const { t } = useI18n(editorTexts);
  const [viewer] = createViewer();
  // A work list, oldest first: it shrinks as reports are handled, so it pages forward and back to the start.
  const [after, setAfter] = createSignal<string | null>(null);
  const [queue, refetch] = createModerationQueue(after, () => !isEditor(viewer.data?.viewer?.role));
  const [done, setDone] = createSignal('');
  usePageTitle(() => t('editing.moderation.title'));
  return (
    <div class="page page--medium">
      <PageHeader
        kicker={t('editorNav.staff')}
        title={t('editing.moderation.title')}
        lead={t('editing.moderation.intro')}
      />
      <p role="status">{done()}</p>
      <Switch>
        <Match when={viewer.fetching && !viewer.data}>
          <Loading />
        </Match>
        <Match when={!isEditor(viewer.data?.viewer?.role)}>
          <p class="callout">{t('editing.editor.noAccess')}</p>
        </Match>
        <Match when={queue.error}>
          <Problem error={queue.error} onRetry={() => refetch()} />
        </Match>
        <Match when={!queue.data}>
          <Loading />
        </Match>
        <Match when={queue.data?.moderationQueue}>
          {(list) => (
            <Show
              when={list().nodes.length}
              fallback={
                <Show when={after()} fallback={<Empty>{t('editing.moderation.none')}</Empty>}>
                  <button type="button" class="button" onClick={() => setAfter(null)}>
                    {t('editing.moderation.firstPage')}
                  </button>
                </Show>
              }
            >
              <p class="result-count">{t('editing.moderation.count', list().totalCount)}</p>
              <For each={list().nodes}>
                {(flag) => (
                  <FlagCard
                    flag={flag}
                    onDone={(message) => {
                      setDone(message);
                      refetch({ requestPolicy: 'network-only' });
                    }}
                  />
                )}
              </For>
              <div class="list-footer">
                <Show when={after()}>
                  <button type="button" class="button" onClick={() => setAfter(null)}>
                    {t('editing.moderation.firstPage')}
                  </button>
                </Show>
                <Show when={list().pageInfo.hasNextPage}>
                  <button type="button" class="button" onClick={() => setAfter(list().pageInfo.endCursor ?? null)}>
                    {t('editing.moderation.nextPage')}
                  </button>
                </Show>
              </div>
            </Show>
          )}
        </Match>
      </Switch>
    </div>
  );
}
