import { For, Show, createSignal, createUniqueId, type JSX } from 'solid-js';
import { FieldErrors, useUserErrorText, type UserErrorLike } from './userErrors';

/** What a control needs to be tied to its label, hint and errors. */
export interface ControlProps {
  id: string;
  describedBy: string | undefined;
  invalid: 'true' | undefined;
}

/**
 * One labelled form field: the label, an optional hint, the control and its errors, tied together by id and
 * aria-describedby so a screen reader reads the hint and the problem with the field.
 */
export function FormField(props: {
  id: string;
  label: string;
  required?: boolean;
  requiredText?: string;
  hint?: string;
  errors: readonly UserErrorLike[];
  /** A group of checkboxes is a fieldset with a legend instead of a label. */
  group?: boolean;
  children: (control: ControlProps) => JSX.Element;
}) {
  const describedBy = () =>
    [props.hint && `${props.id}-hint`, props.errors.length && `${props.id}-error`].filter(Boolean).join(' ') ||
    undefined;
  const control = (): ControlProps => ({
    id: props.id,
    describedBy: describedBy(),
    invalid: props.errors.length ? 'true' : undefined,
  });
  const label = () => (
    <>
      {props.label}
      <Show when={props.required}>
        <span aria-hidden="true"> *</span>
        <span class="visually-hidden"> ({props.requiredText})</span>
      </Show>
    </>
  );
  const rest = () => (
    <>
      <Show when={props.hint}>
        <p class="field__hint" id={`${props.id}-hint`}>
          {props.hint}
        </p>
      </Show>
      {props.children(control())}
      <FieldErrors id={`${props.id}-error`} errors={props.errors} />
    </>
  );
  return (
    <Show
      when={props.group}
      fallback={
        <div class={`field${props.errors.length ? ' field--invalid' : ''}`}>
          <label for={props.id}>{label()}</label>
          {rest()}
        </div>
      }
    >
      <fieldset
        class={`field field--group${props.errors.length ? ' field--invalid' : ''}`}
        aria-describedby={describedBy()}
      >
        <legend>{label()}</legend>
        {rest()}
      </fieldset>
    </Show>
  );
}

/**
 * The list of a form's problems above it, each linking to its field. The form moves focus here after a failed
 * submit, so keyboard and screen-reader users learn at once what to fix (the GOV.UK error-summary pattern).
 */
export function ErrorSummary(props: {
  title: string;
  /** Each problem, the id of the field it belongs to (linked), and that field's label (said first). */
  errors: readonly { error: UserErrorLike; target?: string; label?: string }[];
  ref?: (el: HTMLDivElement) => void;
}) {
  const text = useUserErrorText();
  const id = createUniqueId();
  const said = (item: { error: UserErrorLike; label?: string }) =>
    item.label ? `${item.label}: ${text(item.error)}` : text(item.error);
  return (
    <Show when={props.errors.length}>
      <div class="error-summary" tabIndex={-1} ref={(el) => props.ref?.(el)} aria-labelledby={id}>
        <h2 id={id}>{props.title}</h2>
        <ul>
          <For each={props.errors}>
            {(item) => (
              <li>
                <Show when={item.target} fallback={said(item)}>
                  <a
                    href={`#${item.target}`}
                    onClick={(e) => {
                      // A hash link would go through the router; only move focus to the field.
                      e.preventDefault();
                      const field = document.getElementById(item.target ?? '');
                      field?.focus();
                      field?.scrollIntoView({ block: 'center' });
                    }}
                  >
                    {said(item)}
                  </a>
                </Show>
              </li>
            )}
          </For>
        </ul>
      </div>
    </Show>
  );
}

/**
 * The personal-data guard's warnings (a likely name, age or address) with the box the writer ticks to say the
 * text is not personal data; sending again with it ticked passes `confirmPersonalData`.
 */
export function PersonalDataConfirm(props: {
  warnings: readonly UserErrorLike[];
  title: string;
  label: string;
  confirmed: boolean;
  onConfirm: (confirmed: boolean) => void;
}) {
  const text = useUserErrorText();
  return (
    <Show when={props.warnings.length}>
      <div class="callout callout--warning" role="alert">
        <h2>{props.title}</h2>
        <For each={props.warnings}>{(w) => <p>{text(w)}</p>}</For>
        <label class="checkbox">
          <input type="checkbox" checked={props.confirmed} onChange={(e) => props.onConfirm(e.currentTarget.checked)} />
          {props.label}
        </label>
      </div>
    </Show>
  );
}

/** A button that asks before it acts: the first press shows the question and the confirming button. */
export function ConfirmButton(props: {
  label: string;
  /** Said after the label to screen readers only (which item), so the visible words stay the start of the name. */
  labelSuffix?: string;
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  disabled?: boolean;
  danger?: boolean;
  onConfirm: () => void | Promise<void>;
  open: boolean;
  onOpen: (open: boolean) => void;
}) {
  return (
    <Show
      when={props.open}
      fallback={
        <button
          type="button"
          class={`button${props.danger ? ' button--danger' : ''}`}
          disabled={props.disabled}
          onClick={() => props.onOpen(true)}
        >
          {props.label}
          <Show when={props.labelSuffix}>
            <span class="visually-hidden">{props.labelSuffix}</span>
          </Show>
        </button>
      }
    >
      <div class="confirm" role="group" aria-label={props.question}>
        <p>{props.question}</p>
        <div class="confirm__actions">
          <button
            type="button"
            class={`button${props.danger ? ' button--danger' : ' button--primary'}`}
            disabled={props.disabled}
            ref={(el) => queueMicrotask(() => el.focus())}
            onClick={() => void props.onConfirm()}
          >
            {props.confirmLabel}
          </button>
          <button type="button" class="button button--quiet" onClick={() => props.onOpen(false)}>
            {props.cancelLabel}
          </button>
        </div>
      </div>
    </Show>
  );
}

/** A value shown only once (a secret or an invitation link), selectable, with a copy button. */
export function OneTimeValue(props: {
  title: string;
  help: string;
  label: string;
  value: string;
  copyLabel: string;
  copiedLabel: string;
  doneLabel: string;
  onDone: () => void;
}) {
  const id = createUniqueId();
  const [copied, setCopied] = createSignal(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.value);
      setCopied(true);
    } catch {
      // No clipboard permission (or no secure context): select it so the reader can copy it themself.
      (document.getElementById(id) as HTMLInputElement | null)?.select();
    }
  };
  return (
    <div class="callout secret" role="status">
      <h2>{props.title}</h2>
      <p>{props.help}</p>
      <div class="secret__row">
        <label for={id} class="visually-hidden">
          {props.label}
        </label>
        <input
          id={id}
          type="text"
          readOnly
          value={props.value}
          class="secret__value"
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" class="button" onClick={() => void copy()}>
          {copied() ? props.copiedLabel : props.copyLabel}
        </button>
      </div>
      <button type="button" class="button button--quiet" onClick={() => props.onDone()}>
        {props.doneLabel}
      </button>
    </div>
  );
}
