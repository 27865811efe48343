import { useI18n } from '../../i18n';
import { Show, createSignal } from 'solid-js';
import { ConfirmButton } from '../../components/forms';
import { FormErrors, type UserErrorLike } from '../../components/userErrors';
import type { OrganisationMembersQuery } from '../../graphql/generated/graphql';
import { editorTexts } from '../../i18n/editor-pages';
import { useOutcome } from '../discussion/outcome';
import { createDeleteMember, createRemoveMember } from './hooks';

type Person = NonNullable<OrganisationMembersQuery['viewer']>['member']['organisation']['members']['nodes'][number];

/** Remove (they can no longer sign in) or delete the account (as deleteMyAccount would), each after a confirm. */
export function MemberActions(props: {
  person: { id: string; name: string };
  /** After removal the person is no longer listed, but their account can still be deleted from here. */
  removed?: boolean;
  onRemoved: (person: { id: string; name: string }) => void;
  onDeleted: (person: { id: string; name: string }) => void;
}) {
  const { t } = useI18n(editorTexts);
  const [, removeMember] = createRemoveMember();
  const [, deleteMember] = createDeleteMember();
  const outcome = useOutcome();
  const [asking, setAsking] = createSignal<'remove' | 'delete'>();
  const [busy, setBusy] = createSignal(false);
  const [errors, setErrors] = createSignal<readonly UserErrorLike[]>([]);

  const remove = async () => {
    setBusy(true);
    const result = await removeMember({ id: props.person.id });
    setBusy(false);
    const found = outcome(result, result.data?.removeMember.userErrors);
    setErrors(found);
    if (!found.length) props.onRemoved(props.person);
  };
  const deleteAccount = async () => {
    setBusy(true);
    const result = await deleteMember({ id: props.person.id });
    setBusy(false);
    const found = outcome(result, result.data?.deleteMember.userErrors);
    setErrors(found);
    if (!found.length) props.onDeleted(props.person);
  };

  return (
    <div class="confirm">
      <div class="confirm__actions">
        <Show when={!props.removed && asking() !== 'delete'}>
          <ConfirmButton
            label={t('editing.members.remove')}
            labelSuffix={t('editing.members.removeLabel', props.person.name)}
            question={t('editing.members.confirmRemove', props.person.name)}
            confirmLabel={t('editing.members.yes')}
            cancelLabel={t('editing.editor.cancel')}
            disabled={busy()}
            open={asking() === 'remove'}
            onOpen={(open) => setAsking(open ? 'remove' : undefined)}
            onConfirm={remove}
          />
        </Show>
        <Show when={asking() !== 'remove'}>
          <ConfirmButton
            label={t('editing.members.deleteAccount')}
            labelSuffix={t('editing.members.deleteLabel', props.person.name)}
            question={t('editing.members.confirmDelete', props.person.name)}
            confirmLabel={t('editing.members.yes')}
            cancelLabel={t('editing.editor.cancel')}
            danger
            disabled={busy()}
            open={asking() === 'delete'}
            onOpen={(open) => setAsking(open ? 'delete' : undefined)}
            onConfirm={deleteAccount}
          />
        </Show>
      </div>
      <FormErrors errors={errors()} />
    </div>
  );
}

export type { Person };
