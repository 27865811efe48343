import { useI18n } from '../../i18n';
import { A } from '@solidjs/router';
import { Show, createSignal } from 'solid-js';
import { ConfirmButton } from '../../components/forms';
import { FormErrors, type UserErrorLike } from '../../components/userErrors';
import { editorTexts } from '../../i18n/editor-pages';
import { useOutcome } from '../discussion/outcome';
import { createDeleteNode, createPublish, createUnpublish } from './hooks';

/** Status, publish or unpublish, a link to the page, and delete after a confirming second press. */
export function PublishBar(props: {
  id: string;
  title: string;
  href: string;
  /** Undefined for things without a draft state (topics). */
  published?: boolean;
  /** Editors publish; a member editing their own proposal may only save and delete. */
  canPublish: boolean;
  onChanged: () => void;
  onDeleted: () => void;
}) {
  const { t } = useI18n(editorTexts);
  const [, publishNode] = createPublish();
  const [, unpublishNode] = createUnpublish();
  const [, deleteNode] = createDeleteNode();
  const outcome = useOutcome();
  const [busy, setBusy] = createSignal(false);
  const [errors, setErrors] = createSignal<readonly UserErrorLike[]>([]);
  const [note, setNote] = createSignal<string>();
  const [confirming, setConfirming] = createSignal(false);

  const toggle = async () => {
    setBusy(true);
    const publish = !props.published;
    const result = publish ? await publishNode({ id: props.id }) : await unpublishNode({ id: props.id });
    const payload = result.data && ('publish' in result.data ? result.data.publish : result.data.unpublish);
    const found = outcome(result, payload?.userErrors);
    setErrors(found);
    setBusy(false);
    if (found.length === 0) {
      setNote(publish ? t('editing.editor.publishedNow') : t('editing.editor.unpublishedNow'));
      props.onChanged();
    }
  };

  const remove = async () => {
    setBusy(true);
    const result = await deleteNode({ id: props.id });
    const found = outcome(result, result.data?.deleteNode.userErrors);
    setErrors(found);
    setBusy(false);
    if (found.length === 0) props.onDeleted();
  };

  return (
    <section class="publish-bar" aria-label={t('editing.editor.status')}>
      <Show when={props.published !== undefined}>
        <p>
          <strong>{t('editing.editor.status')}:</strong>{' '}
          {props.published ? t('editing.editor.published') : t('editing.editor.draft')}
        </p>
      </Show>
      <p role="status">{note()}</p>
      <FormErrors errors={errors()} />
      <div class="publish-bar__actions">
        <A class="button button--quiet" href={props.href}>
          {t('editing.editor.view')}
        </A>
        <Show when={props.canPublish && props.published !== undefined}>
          <button
            type="button"
            class={`button${props.published ? '' : ' button--primary'}`}
            disabled={busy()}
            onClick={() => void toggle()}
          >
            {props.published ? t('editing.editor.unpublish') : t('editing.editor.publish')}
          </button>
        </Show>
        <ConfirmButton
          label={t('editing.editor.delete')}
          question={t('editing.editor.confirmDelete', props.title)}
          confirmLabel={t('editing.editor.confirmDeleteButton')}
          cancelLabel={t('editing.editor.cancel')}
          danger
          disabled={busy()}
          open={confirming()}
          onOpen={setConfirming}
          onConfirm={remove}
        />
      </div>
    </section>
  );
}
