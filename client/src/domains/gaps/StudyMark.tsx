import { Show, createSignal, createUniqueId } from 'solid-js';
import { ConfirmButton, ErrorSummary, FormField } from '../../components/forms';
import { isFor, type UserErrorLike } from '../../components/userErrors';
import { useI18n } from '../../i18n';
import { useOutcome } from '../discussion/outcome';
import { createMarkKnowledgeGapStudied, createUnmarkKnowledgeGapStudied } from './hooks';

/** One organisation's "we are studying this", as the gap map shows it. */
export interface StudyClaim {
  id: string;
  contact?: string | null;
  expectedOn: string;
  note?: string | null;
  organisation: { id: string; name: string; slug: string };
}

const FIELDS = ['contact', 'expectedOn', 'note'] as const;
type Field = (typeof FIELDS)[number];

/**
 * "Vi undersøger dette" for researchers' organisations: a button that opens an inline form (contact, expected
 * date, note), and, once their organisation has marked the gap, changing or withdrawing the mark. The server
 * decides who may (`viewerCanMarkStudied`); the new list of who studies the gap is handed to `onChange`.
 */
export function StudyMark(props: {
  gapId: string;
  label: string;
  /** The viewer's organisation's mark, when it has one. */
  ours: StudyClaim | undefined;
  onChange: (claims: StudyClaim[]) => void;
}) {
  const { t } = useI18n();
  const outcome = useOutcome();
  const id = createUniqueId();
  const [open, setOpen] = createSignal(false);
  const [confirming, setConfirming] = createSignal(false);
  const [errors, setErrors] = createSignal<readonly UserErrorLike[]>([]);
  const [said, setSaid] = createSignal('');
  const [values, setValues] = createSignal<Record<Field, string>>({ contact: '', expectedOn: '', note: '' });
  const [markState, mark] = createMarkKnowledgeGapStudied();
  const [unmarkState, unmark] = createUnmarkKnowledgeGapStudied();
  let summary: HTMLDivElement | undefined;
  let opener: HTMLButtonElement | undefined;

  const fieldId = (field: Field) => `${id}-${field}`;
  const fieldErrors = (field: Field) => errors().filter((e) => isFor(e, field));
  const labelOf = (field: Field) => t(`gaps.claim.${field}`);
  const summaryItems = () =>
    errors().map((error) => {
      const field = FIELDS.find((f) => isFor(error, f));
      return field ? { error, target: fieldId(field), label: labelOf(field) } : { error };
    });

  const show = () => {
    const ours = props.ours;
    setValues({ contact: ours?.contact ?? '', expectedOn: ours?.expectedOn ?? '', note: ours?.note ?? '' });
    setErrors([]);
    setSaid('');
    setOpen(true);
    queueMicrotask(() => document.getElementById(fieldId('contact'))?.focus());
  };
  const close = () => {
    setOpen(false);
    queueMicrotask(() => opener?.focus());
  };
  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const v = values();
    const input = { contact: v.contact, expectedOn: v.expectedOn, note: v.note.trim() ? v.note : null };
    const result = await mark({ gap: props.gapId, input });
    const found = outcome(result, result.data?.markKnowledgeGapStudied.userErrors);
    setErrors(found);
    const gap = result.data?.markKnowledgeGapStudied.gap;
    if (found.length || !gap) {
      // Move focus to the summary so keyboard and screen-reader users learn at once what to fix.
      queueMicrotask(() => summary?.focus());
      return;
    }
    props.onChange(gap.studiedBy);
    setSaid(t('gaps.claim.saved'));
    close();
  };
  const withdraw = async () => {
    const result = await unmark({ gap: props.gapId });
    const found = outcome(result, result.data?.unmarkKnowledgeGapStudied.userErrors);
    setErrors(found);
    if (found.length) return;
    setConfirming(false);
    const gap = result.data?.unmarkKnowledgeGapStudied.gap;
    // A gap that closed meanwhile comes back as null: nobody studies what is no longer a gap on the map.
    props.onChange(gap ? gap.studiedBy : []);
    setSaid(t('gaps.claim.withdrawn'));
    queueMicrotask(() => opener?.focus());
  };
  const set = (field: Field, value: string) => setValues({ ...values(), [field]: value });
  const invalid = (field: Field) => (fieldErrors(field).length ? 'true' : undefined);

  return (
    <div class="study-mark">
      <p role="status" class="visually-hidden">
        {said()}
      </p>
      <Show
        when={open()}
        fallback={
          <div class="study-mark__actions">
            <button
              type="button"
              class="button"
              ref={(el) => (opener = el)}
              onClick={show}
              disabled={unmarkState.fetching}
            >
              {props.ours ? t('gaps.claim.edit') : t('gaps.claim.mark')}
              <span class="visually-hidden">{t('gaps.claim.markSuffix', props.label)}</span>
            </button>
            <Show when={props.ours}>
              <ConfirmButton
                label={t('gaps.claim.withdraw')}
                labelSuffix={t('gaps.claim.markSuffix', props.label)}
                question={t('gaps.claim.withdrawQuestion')}
                confirmLabel={t('gaps.claim.withdrawConfirm')}
                cancelLabel={t('gaps.claim.cancel')}
                disabled={unmarkState.fetching}
                danger
                open={confirming()}
                onOpen={setConfirming}
                onConfirm={withdraw}
              />
            </Show>
            <Show when={!open() && errors().length}>
              <ErrorSummary title={t('gaps.claim.errorTitle')} errors={summaryItems()} />
            </Show>
          </div>
        }
      >
        <form class="form study-mark__form" aria-labelledby={`${id}-title`} onSubmit={(e) => void submit(e)} noValidate>
          <h3 id={`${id}-title`}>{t('gaps.claim.formTitle', props.label)}</h3>
          <ErrorSummary title={t('gaps.claim.errorTitle')} errors={summaryItems()} ref={(el) => (summary = el)} />
          <FormField
            id={fieldId('contact')}
            label={labelOf('contact')}
            required
            requiredText={t('gaps.claim.required')}
            hint={t('gaps.claim.contactHint')}
            errors={fieldErrors('contact')}
          >
            {(c) => (
              <input
                id={c.id}
                type="text"
                autocomplete="off"
                maxLength={300}
                aria-describedby={c.describedBy}
                aria-invalid={invalid('contact')}
                value={values().contact}
                onInput={(e) => set('contact', e.currentTarget.value)}
              />
            )}
          </FormField>
          <FormField
            id={fieldId('expectedOn')}
            label={labelOf('expectedOn')}
            required
            requiredText={t('gaps.claim.required')}
            hint={t('gaps.claim.expectedOnHint')}
            errors={fieldErrors('expectedOn')}
          >
            {(c) => (
              <input
                id={c.id}
                type="date"
                aria-describedby={c.describedBy}
                aria-invalid={invalid('expectedOn')}
                value={values().expectedOn}
                onInput={(e) => set('expectedOn', e.currentTarget.value)}
              />
            )}
          </FormField>
          <FormField id={fieldId('note')} label={labelOf('note')} errors={fieldErrors('note')}>
            {(c) => (
              <textarea
                id={c.id}
                rows={3}
                maxLength={2000}
                aria-describedby={c.describedBy}
                aria-invalid={invalid('note')}
                value={values().note}
                onInput={(e) => set('note', e.currentTarget.value)}
              />
            )}
          </FormField>
          <div class="study-mark__actions">
            <button type="submit" class="button button--primary" disabled={markState.fetching}>
              {markState.fetching ? t('gaps.claim.saving') : t('gaps.claim.save')}
            </button>
            <button type="button" class="button button--quiet" onClick={close}>
              {t('gaps.claim.cancel')}
            </button>
          </div>
        </form>
      </Show>
    </div>
  );
}
