import { usePageTitle } from '../components/pageTitle';
import { For, Show, createSignal } from 'solid-js';
import { FormField } from '../components/forms';
import { PageHeader } from '../components/ui';
import { FormErrors, isFor, type UserErrorLike } from '../components/userErrors';
import type { OrganisationKind } from '../graphql/generated/graphql';
import { ORGANISATION_KINDS } from '../domains/enums';
import { useOutcome } from '../domains/discussion/outcome';
import { createApplyForMembership } from '../domains/membership/hooks';
import { membershipErrors } from '../domains/membership/errors';
import { useI18n } from '../i18n';
import { membershipTexts } from '../i18n/membership';

type Text = 'organisationName' | 'cvr' | 'ean' | 'street' | 'postalCode' | 'city' | 'contactName' | 'contactEmail';
const FIELDS: { name: Text; type?: string; hint?: 'cvrHint' | 'eanHint' | 'contactNameHint'; optional?: boolean }[] = [
  { name: 'organisationName' },
  { name: 'cvr', hint: 'cvrHint' },
  { name: 'ean', hint: 'eanHint', optional: true },
  { name: 'street' },
  { name: 'postalCode' },
  { name: 'city' },
  { name: 'contactName', hint: 'contactNameHint' },
  { name: 'contactEmail', type: 'email' },
];

/** /membership/apply — an organisation applies for membership (no sign-in needed). */
export default function MembershipApplyPage() {
  const { t } = useI18n(membershipTexts);
  const [, applyForMembership] = createApplyForMembership();
  const outcome = useOutcome();
  const [values, setValues] = createSignal<Record<string, string>>({ kind: 'MUNICIPALITY' });
  const [errors, setErrors] = createSignal<readonly UserErrorLike[]>([]);
  const [busy, setBusy] = createSignal(false);
  const [sent, setSent] = createSignal(false);
  usePageTitle(() => t('membershipPages.apply.title'));
  const set = (name: string, value: string) => setValues({ ...values(), [name]: value });
  const fieldErrors = (name: string) => errors().filter((e) => isFor(e, name));

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setBusy(true);
    const v = values();
    const input = {
      organisationName: v.organisationName ?? '',
      kind: v.kind as OrganisationKind,
      cvr: v.cvr ?? '',
      ean: v.ean?.trim() ? v.ean : null,
      street: v.street ?? '',
      postalCode: v.postalCode ?? '',
      city: v.city ?? '',
      contactName: v.contactName ?? '',
      contactEmail: v.contactEmail ?? '',
      motivation: v.motivation ?? null,
    };
    const result = await applyForMembership({ input });
    setBusy(false);
    const found = membershipErrors(
      outcome(result, result.data?.applyForMembership.userErrors),
      (code) => t('membershipPages.errors')[code],
    );
    setErrors(found);
    if (!found.length && result.data?.applyForMembership.application) setSent(true);
    else document.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  };

  return (
    <div class="page page--medium">
      <PageHeader title={t('membershipPages.apply.title')} lead={t('membershipPages.apply.lead')} />
      <Show
        when={!sent()}
        fallback={
          <p class="callout" role="status">
            {t('membershipPages.apply.sent')}
          </p>
        }
      >
        <form class="form" onSubmit={(e) => void submit(e)} noValidate>
          <FormErrors errors={errors().filter((e) => !e.field?.startsWith('input.'))} />
          <FormField
            id="apply-kind"
            label={t('membershipPages.apply.kind')}
            required
            requiredText={t('membershipPages.apply.required')}
            errors={fieldErrors('kind')}
          >
            {(c) => (
              <select id={c.id} aria-describedby={c.describedBy} onChange={(e) => set('kind', e.currentTarget.value)}>
                <For each={ORGANISATION_KINDS}>{(kind) => <option value={kind}>{t(`orgKind.${kind}`)}</option>}</For>
              </select>
            )}
          </FormField>
          <For each={FIELDS}>
            {(field) => (
              <FormField
                id={`apply-${field.name}`}
                label={t('membershipPages.apply')[field.name]}
                required={!field.optional}
                requiredText={t('membershipPages.apply.required')}
                hint={field.hint ? t('membershipPages.apply')[field.hint] : undefined}
                errors={fieldErrors(field.name)}
              >
                {(c) => (
                  <input
                    id={c.id}
                    name={field.name}
                    type={field.type ?? 'text'}
                    aria-describedby={c.describedBy}
                    aria-invalid={c.invalid}
                    value={values()[field.name] ?? ''}
                    onInput={(e) => set(field.name, e.currentTarget.value)}
                  />
                )}
              </FormField>
            )}
          </For>
          <FormField
            id="apply-motivation"
            label={t('membershipPages.apply.motivation')}
            errors={fieldErrors('motivation')}
          >
            {(c) => (
              <textarea
                id={c.id}
                rows={4}
                aria-describedby={c.describedBy}
                onInput={(e) => set('motivation', e.currentTarget.value)}
              />
            )}
          </FormField>
          <button type="submit" class="button button--primary" disabled={busy()}>
            {busy() ? t('membershipPages.apply.sending') : t('membershipPages.apply.submit')}
          </button>
        </form>
      </Show>
    </div>
  );
}
