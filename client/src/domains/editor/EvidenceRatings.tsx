import { useClient } from '@urql/solid';
import { For, Show, createSignal } from 'solid-js';
import { ConfirmButton } from '../../components/forms';
import { FormErrors, type UserErrorLike } from '../../components/userErrors';
import type { EditRatingFragment } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n';
import { useEditorText } from '../../i18n/editor-pages';
import { useOutcome } from '../discussion/outcome';
import { EditorForm } from './EditorForm';
import { readValues } from './fields';
import { CreateRatingDoc, DeleteNodeDoc } from './graphql';
import { ratingFields } from './types';

function RatingRow(props: { rating: EditRatingFragment; onDeleted: () => void }) {
  const { t } = useI18n();
  const tx = useEditorText();
  const client = useClient();
  const outcome = useOutcome();
  const [open, setOpen] = createSignal(false);
  const [errors, setErrors] = createSignal<readonly UserErrorLike[]>([]);
  const scheme = () => t(`scheme.${props.rating.scheme}`);
  const remove = async () => {
    const result = await client.mutation(DeleteNodeDoc, { id: props.rating.id }).toPromise();
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
      <ConfirmButton
        label={tx().editor.delete}
        labelSuffix={tx().editor.deleteRating(scheme())}
        question={tx().editor.confirmDeleteRating(scheme())}
        confirmLabel={tx().editor.confirmDeleteButton}
        cancelLabel={tx().editor.cancel}
        danger
        open={open()}
        onOpen={setOpen}
        onConfirm={remove}
      />
      <FormErrors errors={errors()} />
    </li>
  );
}

/** A method's ratings: the list with delete, and the same descriptor-driven form to add one. */
export function EvidenceRatings(props: {
  methodId: string;
  ratings: readonly EditRatingFragment[];
  onChanged: () => void;
}) {
  const tx = useEditorText();
  const client = useClient();
  const outcome = useOutcome();
  const [round, setRound] = createSignal(0);
  const [note, setNote] = createSignal<string>();
  const addRating = async (input: Record<string, unknown>) => {
    const result = await client.mutation(CreateRatingDoc, { method: props.methodId, input }).toPromise();
    const found = outcome(result, result.data?.createEvidenceRating.userErrors);
    if (!found.length) {
      setNote(tx().editor.ratingSaved);
      setRound((n) => n + 1);
      props.onChanged();
    }
    return found;
  };
  return (
    <section class="section" aria-labelledby="ratings-title">
      <h2 id="ratings-title">{tx().editor.ratings}</h2>
      <p class="muted">{tx().editor.ratingsIntro}</p>
      <Show when={props.ratings.length} fallback={<p>{tx().editor.noRatings}</p>}>
        <ul class="rating-list">
          <For each={props.ratings}>
            {(rating) => <RatingRow rating={rating} onDeleted={() => props.onChanged()} />}
          </For>
        </ul>
      </Show>
      <h3>{tx().editor.addRating}</h3>
      <p role="status">{note()}</p>
      <For each={[round()]}>
        {() => (
          <EditorForm
            fields={ratingFields}
            initial={readValues(ratingFields)}
            mode="create"
            submitLabel={tx().editor.saveRating}
            onSubmit={addRating}
          />
        )}
      </For>
    </section>
  );
}
