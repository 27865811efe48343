import { For, Show, createSignal } from 'solid-js';
import { ConfirmButton } from '../../components/forms';
import { FormErrors, type UserErrorLike } from '../../components/userErrors';
import type { EditRatingFragment } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n';
import { editorTexts } from '../../i18n/editor-pages';
import { useOutcome } from '../discussion/outcome';
import { EditorForm } from './EditorForm';
import { readValues } from './fields';
import { createCreateRating, createDeleteNode, createUpdateRating } from './hooks';
import { ratingFields } from './types';

function RatingRow(props: { rating: EditRatingFragment; onDeleted: () => void; onSaved: () => void }) {
  const { t } = useI18n(editorTexts);
  const [, updateRating] = createUpdateRating();
  const [, deleteNode] = createDeleteNode();
  const outcome = useOutcome();
  const [open, setOpen] = createSignal(false);
  const [editing, setEditing] = createSignal(false);
  const [errors, setErrors] = createSignal<readonly UserErrorLike[]>([]);
  const scheme = () => t(`scheme.${props.rating.scheme}`);
  const save = async (input: Record<string, unknown>) => {
    const result = await updateRating({ id: props.rating.id, input });
    const found = outcome(result, result.data?.updateEvidenceRating.userErrors);
    if (!found.length) {
      setEditing(false);
      props.onSaved();
    }
    return found;
  };
  const remove = async () => {
    const result = await deleteNode({ id: props.rating.id });
    const found = outcome(result, result.data?.deleteNode.userErrors);
    setErrors(found);
    if (!found.length) props.onDeleted();
  };
  return (
    <li>
      <div>
        <strong>{scheme()}</strong>: {props.rating.value} · {props.rating.ratedOn} ·{' '}
        <span lang="da">{props.rating.source}</span>
        <Show when={props.rating.study}>
          {(study) => (
            <>
              {' '}
              · <span lang="da">{study().title}</span>
            </>
          )}
        </Show>
      </div>
      <div class="confirm__actions">
        <button type="button" class="button" aria-expanded={editing()} onClick={() => setEditing((v) => !v)}>
          {t('editing.editor.editRating')}
          <span class="visually-hidden">{t('editing.editor.deleteRating', scheme())}</span>
        </button>
        <ConfirmButton
          label={t('editing.editor.delete')}
          labelSuffix={t('editing.editor.deleteRating', scheme())}
          question={t('editing.editor.confirmDeleteRating', scheme())}
          confirmLabel={t('editing.editor.confirmDeleteButton')}
          cancelLabel={t('editing.editor.cancel')}
          danger
          open={open()}
          onOpen={setOpen}
          onConfirm={remove}
        />
      </div>
      <FormErrors errors={errors()} />
      <Show when={editing()}>
        <div class="rating-list__form">
          <EditorForm
            fields={ratingFields}
            initial={readValues(ratingFields, props.rating)}
            mode="update"
            submitLabel={t('editing.editor.saveRating')}
            onSubmit={save}
          />
        </div>
      </Show>
    </li>
  );
}

/** A method's ratings: the list with delete, and the same descriptor-driven form to add one. */
export function EvidenceRatings(props: {
  methodId: string;
  ratings: readonly EditRatingFragment[];
  onChanged: () => void;
}) {
  const { t } = useI18n(editorTexts);
  const [, createRating] = createCreateRating();
  const outcome = useOutcome();
  const [round, setRound] = createSignal(0);
  const [note, setNote] = createSignal<string>();
  const addRating = async (input: Record<string, unknown>) => {
    const result = await createRating({ method: props.methodId, input });
    const found = outcome(result, result.data?.createEvidenceRating.userErrors);
    if (!found.length) {
      setNote(t('editing.editor.ratingSaved'));
      setRound((n) => n + 1);
      props.onChanged();
    }
    return found;
  };
  return (
    <section class="section" aria-labelledby="ratings-title">
      <h2 id="ratings-title">{t('editing.editor.ratings')}</h2>
      <p class="muted">{t('editing.editor.ratingsIntro')}</p>
      <Show when={props.ratings.length} fallback={<p>{t('editing.editor.noRatings')}</p>}>
        <ul class="rating-list">
          <For each={props.ratings}>
            {(rating) => (
              <RatingRow rating={rating} onDeleted={() => props.onChanged()} onSaved={() => props.onChanged()} />
            )}
          </For>
        </ul>
      </Show>
      <h3>{t('editing.editor.addRating')}</h3>
      <p role="status">{note()}</p>
      <For each={[round()]}>
        {() => (
          <EditorForm
            fields={ratingFields}
            initial={readValues(ratingFields)}
            mode="create"
            submitLabel={t('editing.editor.saveRating')}
            onSubmit={addRating}
          />
        )}
      </For>
    </section>
  );
}
