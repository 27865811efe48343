import { useI18n } from '../../i18n';
import { useLocation } from '@solidjs/router';
import { Show, createSignal, onMount } from 'solid-js';
import { FormErrors, type UserErrorLike } from '../../components/userErrors';
import { editorTexts } from '../../i18n/editor-pages';
import { useOutcome } from '../discussion/outcome';
import { createPublish } from './hooks';
import { createNodeState } from './node-state';

/** What the editor page hands over when it has saved and goes to the item's page. */
export interface SavedState {
  saved?: 'created' | 'updated';
}

/**
 * The item's state and the next action, on its own page, for those who may edit it: a draft says so and offers
 * "Udgiv" to editors; a save or publish is confirmed where the editor now is. Loaded only for them.
 */
export default function ContentState(props: { id: string; canPublish: boolean }) {
  const { t } = useI18n(editorTexts);
  const outcome = useOutcome();
  const location = useLocation<SavedState>();
  const [node] = createNodeState(() => props.id);
  const [, publishNode] = createPublish();
  const [note, setNote] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [errors, setErrors] = createSignal<readonly UserErrorLike[]>([]);
  const published = () => {
    const n = node.data?.node;
    return n && 'publishedAt' in n ? n.publishedAt != null : undefined;
  };
  // Filled after mounting, so a screen reader announces it in the live region that is already there.
  onMount(() => {
    const saved = location.state?.saved;
    if (saved)
      queueMicrotask(() =>
        setNote(saved === 'created' ? t('editing.editor.savedDraft') : t('editing.editor.savedChanges')),
      );
  });

  const publish = async () => {
    setBusy(true);
    const result = await publishNode({ id: props.id });
    const found = outcome(result, result.data?.publish.userErrors);
    setErrors(found);
    setBusy(false);
    if (found.length === 0) setNote(`${t('editing.editor.publishedNow')} ${t('editing.editor.publishedExplained')}`);
  };

  return (
    <div class="content-state">
      <p class="content-state__note" role="status">
        {note()}
      </p>
      <FormErrors errors={errors()} />
      <Show when={published() === false}>
        <section class="content-state__draft" aria-label={t('editing.editor.stateLabel')}>
          <p>
            <strong class="badge badge--draft">{t('editing.editor.draftBanner')}</strong>{' '}
            {props.canPublish ? t('editing.editor.draftExplained') : t('editing.editor.draftAwaitsEditors')}
          </p>
          <Show when={props.canPublish}>
            <button type="button" class="button button--primary" disabled={busy()} onClick={() => void publish()}>
              {t('editing.editor.publish')}
            </button>
          </Show>
        </section>
      </Show>
    </div>
  );
}
