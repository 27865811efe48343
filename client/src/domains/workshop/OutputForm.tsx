import { For, Show, createSignal, createUniqueId } from 'solid-js';
import { FieldErrors, FormErrors, isFor, useUserErrorText, type UserErrorLike } from '../../components/userErrors';
import { useI18n } from '../../i18n';
import { meetingsTexts } from '../../i18n/meetings-pages';
import { useOutcome } from '../discussion/outcome';
import { createRecordOutput } from './hooks';

const FIELDS = ['insight', 'nextStep'] as const;
type Field = (typeof FIELDS)[number];

/**
 * Records what the member's organisation took from a workshop. The personal-data guard may warn
 * (PERSONAL_DATA_WARNING): the member then checks the text and confirms, as on the case proposal form.
 */
export function OutputForm(props: { workshopId: string; organisation: string; onRecorded: () => void }) {
  const { t } = useI18n(meetingsTexts);
  const id = createUniqueId();
  const outcome = useOutcome();
  const errorText = useUserErrorText();
  const [state, record] = createRecordOutput();
  const [values, setValues] = createSignal<Record<Field, string>>({ insight: '', nextStep: '' });
  const [errors, setErrors] = createSignal<readonly UserErrorLike[]>([]);
  const [confirmed, setConfirmed] = createSignal(false);
  const [done, setDone] = createSignal(false);

  const errorsFor = (field: Field) => errors().filter((e) => isFor(e, field) && e.code !== 'PERSONAL_DATA_WARNING');
  const warnings = () => errors().filter((e) => e.code === 'PERSONAL_DATA_WARNING');
  const otherErrors = () =>
    errors().filter((e) => e.code !== 'PERSONAL_DATA_WARNING' && !FIELDS.some((f) => isFor(e, f)));

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setDone(false);
    const v = values();
    const missing: UserErrorLike[] = FIELDS.filter((f) => !v[f].trim()).map((f) => ({
      field: f,
      code: 'REQUIRED',
      message: '',
    }));
    if (missing.length) return setErrors(missing);
    const result = await record({
      input: {
        workshopId: props.workshopId,
        insight: v.insight.trim(),
        nextStep: v.nextStep.trim(),
        confirmPersonalData: warnings().length > 0 && confirmed() ? true : undefined,
      },
    });
    const found = outcome(result, result.data?.recordWorkshopOutput.userErrors);
    setErrors(found);
    if (found.some((e) => e.code === 'PERSONAL_DATA_WARNING')) setConfirmed(false);
    if (found.length === 0 && result.data?.recordWorkshopOutput.output) {
      setValues({ insight: '', nextStep: '' });
      setConfirmed(false);
      setDone(true);
      props.onRecorded();
    }
  };

  const textarea = (field: Field, label: string, rows: number) => (
    <div class="field">
      <label for={`${id}-${field}`}>{label}</label>
      <textarea
        id={`${id}-${field}`}
        rows={rows}
        lang="da"
        value={values()[field]}
        onInput={(e) => {
          const value = e.currentTarget.value;
          setValues((v) => ({ ...v, [field]: value }));
        }}
        aria-invalid={errorsFor(field).length ? 'true' : undefined}
        aria-describedby={errorsFor(field).length ? `${id}-${field}-error` : undefined}
      />
      <FieldErrors id={`${id}-${field}-error`} errors={errorsFor(field)} />
    </div>
  );

  return (
    <form class="form form--inline" onSubmit={(e) => void submit(e)} noValidate aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('meetingsPages.record.title')}</h3>
      <p>{t('meetingsPages.record.intro', props.organisation)}</p>
      <Show when={done()}>
        <p class="callout" role="status">
          {t('meetingsPages.record.done')}
        </p>
      </Show>
      <FormErrors errors={otherErrors()} />
      {textarea('insight', t('meetingsPages.record.insight'), 5)}
      {textarea('nextStep', t('meetingsPages.record.nextStep'), 3)}
      <Show when={warnings().length}>
        <div class="callout callout--warning" role="alert">
          <h4>{t('meetingsPages.record.warningTitle')}</h4>
          <For each={warnings()}>{(w) => <p>{errorText(w)}</p>}</For>
          <label class="checkbox">
            <input type="checkbox" checked={confirmed()} onChange={(e) => setConfirmed(e.currentTarget.checked)} />
            {t('meetingsPages.record.confirm')}
          </label>
        </div>
      </Show>
      <button
        type="submit"
        class="button button--primary"
        disabled={state.fetching || (warnings().length > 0 && !confirmed())}
      >
        {warnings().length ? t('meetingsPages.record.submitConfirmed') : t('meetingsPages.record.submit')}
      </button>
    </form>
  );
}
