import { For, Match, Show, Switch, createSignal, createUniqueId, type JSX } from 'solid-js';
import { createStore, unwrap } from 'solid-js/store';
import { ErrorSummary, FormField, PersonalDataConfirm, type ControlProps } from '../../components/forms';
import type { Option } from '../../components/filters';
import type { UserErrorLike } from '../../components/userErrors';
import type {
  CostUnit,
  EventKind,
  EvidenceScheme,
  MethodSetting,
  StudyDesign,
  TargetGroup,
} from '../../graphql/generated/graphql';
import { methodsTexts } from '../../i18n/methods';
import { useI18n } from '../../i18n';
import { editorTexts } from '../../i18n/editor-pages';
import {
  FieldProblem,
  GRADE_KEYS,
  errorsByField,
  missingRequired,
  toInput,
  type FieldDescriptor,
  type FormValues,
  type Grades,
} from './fields';
import { createOptions } from './options';
import '../../styles/editor.css';

const WARNING = 'PERSONAL_DATA_WARNING';

/** Option labels for an enum field, from the shared term dictionaries or the editor's own texts. */
function useEnumLabel() {
  const { t } = useI18n(methodsTexts, editorTexts);
  return (field: FieldDescriptor, value: string): string => {
    switch (field.enum) {
      case 'targetGroup':
        return t(`targetGroup.${value as TargetGroup}`);
      case 'design':
        return t(`design.${value as StudyDesign}`);
      case 'eventKind':
        return t(`eventKind.${value as EventKind}`);
      case 'scheme':
        return t(`scheme.${value as EvidenceScheme}`);
      case 'visibility':
        return t('editing.visibility')[value as 'PUBLIC' | 'MEMBERS' | 'ORGANISATION'];
      case 'setting':
        return t('methodsPages.practice.setting')[value as MethodSetting];
      case 'costUnit':
        return t('methodsPages.practice.unit')[value as CostUnit];
      default:
        return value;
    }
  };
}

/** A checkbox list (enum values or nodes), in a box that scrolls when the list is long. */
function Choices(props: {
  id: string;
  options: readonly Option[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
  short?: boolean;
}) {
  return (
    <div class={`choices${props.short ? ' choices--short' : ''}`}>
      <For each={props.options}>
        {(option, i) => (
          <label class="checkbox" lang={option.lang}>
            <input
              type="checkbox"
              id={i() === 0 ? props.id : undefined}
              checked={props.selected.includes(option.value)}
              onChange={(e) =>
                props.onChange(
                  e.currentTarget.checked
                    ? [...props.selected, option.value]
                    : props.selected.filter((v) => v !== option.value),
                )
              }
            />
            {option.label}
          </label>
        )}
      </For>
    </div>
  );
}

function RefSelect(props: {
  field: FieldDescriptor;
  control: ControlProps;
  value: string;
  onChange: (v: string) => void;
}) {
  const { t } = useI18n(methodsTexts, editorTexts);
  // The field's list never changes while the form is open.
  // eslint-disable-next-line solid/reactivity
  const options = createOptions(props.field.options ?? 'topics');
  return (
    <select
      id={props.control.id}
      aria-describedby={props.control.describedBy}
      aria-invalid={props.control.invalid}
      onChange={(e) => props.onChange(e.currentTarget.value)}
    >
      <option value="">{t('editing.editor.noneChosen')}</option>
      <For each={options()}>
        {(o) => (
          <option value={o.value} lang={o.lang} selected={o.value === props.value}>
            {o.label}
          </option>
        )}
      </For>
    </select>
  );
}

function RefChoices(props: { field: FieldDescriptor; id: string; value: string[]; onChange: (v: string[]) => void }) {
  // eslint-disable-next-line solid/reactivity
  const options = createOptions(props.field.options ?? 'topics');
  return <Choices id={props.id} options={options()} selected={props.value} onChange={(v) => props.onChange(v)} />;
}

const INPUT_TYPES: Partial<Record<FieldDescriptor['kind'], string>> = {
  text: 'text',
  url: 'url',
  int: 'number',
  date: 'date',
  datetime: 'datetime-local',
};

/**
 * One form for every content type, drawn from its field descriptors: labels, hints and enum names come from the
 * dictionaries; errors from the API land under their fields and in a summary that takes focus.
 */
export function EditorForm(props: {
  fields: readonly FieldDescriptor[];
  initial: FormValues;
  mode: 'create' | 'update';
  submitLabel: string;
  /** Case texts may get personal-data warnings the writer can confirm. */
  personalDataWarning?: boolean;
  onSubmit: (input: Record<string, unknown>, confirmed: boolean) => Promise<readonly UserErrorLike[]>;
  children?: JSX.Element;
}) {
  const { t } = useI18n(methodsTexts, editorTexts);
  const enumLabel = useEnumLabel();
  const uid = createUniqueId();
  // The starting values only: the form owns its state from here.

  const [values, setValues] = createStore<FormValues>(structuredClone(props.initial));
  const [errors, setErrors] = createSignal<readonly UserErrorLike[]>([]);
  const [confirmed, setConfirmed] = createSignal(false);
  const [busy, setBusy] = createSignal(false);
  let summary: HTMLDivElement | undefined;

  const names = () => props.fields.map((f) => f.name);
  const byField = () => errorsByField(errors(), names());
  const fieldErrors = (name: string) => (byField().get(name) ?? []).filter((e) => e.code !== WARNING);
  const warnings = () => errors().filter((e) => e.code === WARNING);
  const idOf = (name: string) => `${uid}-${name}`;
  const label = (name: string) => (t('editing.field') as Record<string, string | undefined>)[name] ?? name;
  const hint = (field: FieldDescriptor) =>
    (t('editing.hint') as Record<string, string | undefined>)[field.name] ??
    (field.kind === 'markdown' ? t('editing.hint.description') : undefined);
  const summaryItems = () =>
    errors().map((error) => {
      const name = props.fields.find((f) => f.name === errorsByField([error], names()).keys().next().value)?.name;
      return { error, target: name ? idOf(name) : undefined, label: name ? label(name) : undefined };
    });
  // A field sent only on create (a case's organisation) is not offered when it cannot change.
  const shown = (field: FieldDescriptor) =>
    !(props.mode === 'update' && field.createOnly) && (!field.when || field.when(values));

  const fail = (found: readonly UserErrorLike[]) => {
    setErrors(found);
    queueMicrotask(() => summary?.focus());
  };

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const current = unwrap(values);
    const missing = missingRequired(props.fields, current, props.mode);
    if (missing.length) return fail(missing);
    let input: Record<string, unknown>;
    try {
      input = toInput(props.fields, current, props.mode);
    } catch (problem) {
      if (!(problem instanceof FieldProblem)) throw problem;
      const message = problem.code === 'INVALID_TIME' ? t('editing.editor.INVALID_TIME') : '';
      return fail([{ field: `input.${problem.field}`, code: problem.code, message }]);
    }
    setBusy(true);
    try {
      const found = await props.onSubmit(input, warnings().length > 0 && confirmed());
      if (found.length) {
        if (found.some((e) => e.code === WARNING)) setConfirmed(false);
        fail(found);
      } else setErrors([]);
    } finally {
      setBusy(false);
    }
  };

  const control = (field: FieldDescriptor, c: ControlProps): JSX.Element => {
    const text = () => values[field.name] as string;
    const setText = (v: string) => setValues(field.name, v);
    const common = {
      id: c.id,
      'aria-describedby': c.describedBy,
      'aria-invalid': c.invalid,
      lang: field.content ? 'da' : undefined,
    };
    return (
      <Switch>
        <Match when={INPUT_TYPES[field.kind]}>
          {(type) => (
            <input
              {...common}
              type={type()}
              inputMode={field.kind === 'int' ? 'numeric' : undefined}
              value={text()}
              onInput={(e) => setText(e.currentTarget.value)}
            />
          )}
        </Match>
        <Match when={['markdown', 'lines', 'speakers', 'timed', 'parties'].includes(field.kind)}>
          <textarea
            {...common}
            class={field.kind === 'markdown' ? 'editor-form__markdown' : undefined}
            rows={field.kind === 'markdown' ? 12 : 5}
            value={text()}
            onInput={(e) => setText(e.currentTarget.value)}
          />
        </Match>
        <Match when={field.kind === 'enum' && (field.values?.length ?? 0) <= 3}>
          <div class="radios">
            <For each={field.values}>
              {(value, i) => (
                <label class="checkbox">
                  <input
                    type="radio"
                    id={i() === 0 ? c.id : undefined}
                    name={c.id}
                    checked={text() === value}
                    onChange={() => setText(value)}
                  />
                  {enumLabel(field, value)}
                </label>
              )}
            </For>
          </div>
        </Match>
        <Match when={field.kind === 'enum'}>
          <select {...common} lang={undefined} onChange={(e) => setText(e.currentTarget.value)}>
            <option value="">{t('editing.editor.choose')}</option>
            <For each={field.values}>
              {(value) => (
                <option value={value} selected={text() === value}>
                  {enumLabel(field, value)}
                </option>
              )}
            </For>
          </select>
        </Match>
        <Match when={field.kind === 'enums'}>
          <Choices
            id={c.id}
            short
            options={(field.values ?? []).map((value) => ({ value, label: enumLabel(field, value) }))}
            selected={values[field.name] as string[]}
            onChange={(v) => setValues(field.name, v)}
          />
        </Match>
        <Match when={field.kind === 'ref'}>
          <RefSelect field={field} control={c} value={text()} onChange={setText} />
        </Match>
        <Match when={field.kind === 'refs'}>
          <RefChoices
            field={field}
            id={c.id}
            value={values[field.name] as string[]}
            onChange={(v) => setValues(field.name, v)}
          />
        </Match>
        <Match when={field.kind === 'grades'}>
          <div class="form__row">
            <For each={GRADE_KEYS}>
              {(key, i) => (
                <div class="field">
                  <label for={i() === 0 ? c.id : `${c.id}-${key}`}>{t(`dimensions.${key}`)}</label>
                  <select
                    id={i() === 0 ? c.id : `${c.id}-${key}`}
                    onChange={(e) =>
                      setValues(field.name, { ...(values[field.name] as Grades), [key]: e.currentTarget.value })
                    }
                  >
                    <option value="">–</option>
                    <For each={field.values}>
                      {(grade) => (
                        <option value={grade} selected={(values[field.name] as Grades)[key] === grade}>
                          {grade}
                        </option>
                      )}
                    </For>
                  </select>
                </div>
              )}
            </For>
          </div>
        </Match>
      </Switch>
    );
  };

  const isGroup = (field: FieldDescriptor) =>
    field.kind === 'enums' ||
    field.kind === 'refs' ||
    field.kind === 'grades' ||
    (field.kind === 'enum' && (field.values?.length ?? 0) <= 3);

  return (
    <form class="form editor-form" onSubmit={(e) => void submit(e)} noValidate>
      <ErrorSummary
        title={t('editing.editor.summaryTitle', errors().length)}
        errors={summaryItems()}
        ref={(el) => (summary = el)}
      />
      <For each={props.fields}>
        {(field) => (
          <Show when={shown(field)}>
            <FormField
              id={idOf(field.name)}
              label={label(field.name)}
              required={field.required}
              requiredText={t('editing.editor.required')}
              hint={field.kind === 'refs' ? undefined : hint(field)}
              errors={fieldErrors(field.name)}
              group={isGroup(field)}
            >
              {(c) => control(field, c)}
            </FormField>
          </Show>
        )}
      </For>
      <Show when={props.personalDataWarning}>
        <PersonalDataConfirm
          warnings={warnings()}
          title={t('editing.editor.warningTitle')}
          label={t('editing.editor.confirm')}
          confirmed={confirmed()}
          onConfirm={setConfirmed}
        />
      </Show>
      <div class="editor-form__actions">
        <button
          type="submit"
          class="button button--primary"
          disabled={busy() || (warnings().length > 0 && !confirmed())}
        >
          {busy()
            ? t('editing.editor.saving')
            : warnings().length
              ? t('editing.editor.saveConfirmed')
              : props.submitLabel}
        </button>
        {props.children}
      </div>
    </form>
  );
}
