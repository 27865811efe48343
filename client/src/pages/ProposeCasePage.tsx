import { A } from '@solidjs/router';
import { usePageTitle } from '../components/pageTitle';
import { For, Show, createSignal, createUniqueId, type JSX } from 'solid-js';
import { PersonalDataConfirm } from '../components/forms';
import { PageHeader } from '../components/ui';
import { FieldErrors, FormErrors, isFor, type UserErrorLike } from '../components/userErrors';
import type { TargetGroup, Visibility } from '../graphql/generated/graphql';
import { createProposeCase } from '../domains/case/hooks';
import { useOutcome } from '../domains/discussion/outcome';
import { TARGET_GROUPS, VISIBILITIES } from '../domains/enums';
import { createViewer } from '../domains/member/hooks';
import { useI18n } from '../i18n';
import { pageTexts } from '../i18n/pages';
import { paths } from '../paths';

const FIELDS = ['title', 'summary', 'body', 'year', 'ageMin', 'ageMax'] as const;
type Field = (typeof FIELDS)[number];

export default function ProposeCasePage() {
  const { t } = useI18n(pageTexts);
  const id = createUniqueId();
  const outcome = useOutcome();
  const [viewer] = createViewer();
  const [state, propose] = createProposeCase();
  const [values, setValues] = createSignal<Record<Field, string>>({
    title: '',
    summary: '',
    body: '',
    year: String(new Date().getFullYear()),
    ageMin: '',
    ageMax: '',
  });
  const [groups, setGroups] = createSignal<TargetGroup[]>([]);
  const [visibility, setVisibility] = createSignal<Visibility>('MEMBERS');
  const [errors, setErrors] = createSignal<readonly UserErrorLike[]>([]);
  const [confirmed, setConfirmed] = createSignal(false);
  const [done, setDone] = createSignal<string>();
  usePageTitle(() => t('pages.propose.title'));

  const set = (field: Field, value: string) => setValues((v) => ({ ...v, [field]: value }));
  const errorsFor = (field: Field) => errors().filter((e) => isFor(e, field) && e.code !== 'PERSONAL_DATA_WARNING');
  const warnings = () => errors().filter((e) => e.code === 'PERSONAL_DATA_WARNING');
  const otherErrors = () =>
    errors().filter((e) => e.code !== 'PERSONAL_DATA_WARNING' && !FIELDS.some((f) => isFor(e, f)));
  const num = (value: string) => (value.trim() ? Number(value) : undefined);

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const v = values();
    const missing: UserErrorLike[] = (['title', 'summary', 'body', 'year'] as const)
      .filter((f) => !v[f].trim())
      .map((f) => ({ field: f, code: 'REQUIRED', message: '' }));
    if (missing.length) return setErrors(missing);
    const result = await propose({
      input: {
        title: v.title.trim(),
        summary: v.summary.trim(),
        body: v.body,
        year: num(v.year),
        ageMin: num(v.ageMin),
        ageMax: num(v.ageMax),
        targetGroups: groups(),
        visibility: visibility(),
        confirmPersonalData: warnings().length > 0 && confirmed() ? true : undefined,
      },
    });
    const found = outcome(result, result.data?.createCase.userErrors);
    setErrors(found);
    if (found.length === 0 && result.data?.createCase.case) setDone(result.data.createCase.case.title);
    if (found.some((e) => e.code === 'PERSONAL_DATA_WARNING')) setConfirmed(false);
  };

  const input = (field: Field, label: string, props: JSX.InputHTMLAttributes<HTMLInputElement> = {}, hint?: string) => (
    <div class="field">
      <label for={`${id}-${field}`}>{label}</label>
      <input
        id={`${id}-${field}`}
        type="text"
        {...props}
        value={values()[field]}
        onInput={(e) => set(field, e.currentTarget.value)}
        aria-invalid={errorsFor(field).length ? 'true' : undefined}
        aria-describedby={
          [hint && `${id}-${field}-hint`, errorsFor(field).length && `${id}-${field}-error`]
            .filter(Boolean)
            .join(' ') || undefined
        }
      />
      <Show when={hint}>
        <p class="field__hint" id={`${id}-${field}-hint`}>
          {hint}
        </p>
      </Show>
      <FieldErrors id={`${id}-${field}-error`} errors={errorsFor(field)} />
    </div>
  );

  return (
    <div class="page page--medium">
      <PageHeader
        title={t('pages.propose.title')}
        lead={t('pages.propose.intro')}
        crumbs={[{ href: paths.cases(), label: t('nav.cases') }]}
      />
      <Show when={viewer.data && !viewer.data.viewer}>
        <p class="callout">
          {t('pages.propose.membersOnly')} <A href={paths.signIn(paths.proposeCase())}>{t('member.signIn')}</A>
        </p>
      </Show>
      <Show when={done()}>
        {(title) => (
          <div class="callout" role="status">
            <h2>{t('pages.propose.doneTitle')}</h2>
            <p>{t('pages.propose.doneText', title())}</p>
            <button
              type="button"
              class="button"
              onClick={() => {
                setDone(undefined);
                setValues((v) => ({ ...v, title: '', summary: '', body: '' }));
              }}
            >
              {t('pages.propose.another')}
            </button>
          </div>
        )}
      </Show>
      <Show when={viewer.data?.viewer && !done()}>
        <p class="callout callout--warning">{t('pages.propose.noPersonalData')}</p>
        <form class="form" onSubmit={(e) => void submit(e)} noValidate>
          <FormErrors errors={otherErrors()} />
          {input('title', t('pages.propose.titleField'))}
          {input('summary', t('pages.propose.summary'))}
          <div class="field">
            <label for={`${id}-body`}>{t('pages.propose.body')}</label>
            <textarea
              id={`${id}-body`}
              rows={10}
              value={values().body}
              onInput={(e) => set('body', e.currentTarget.value)}
              aria-invalid={errorsFor('body').length ? 'true' : undefined}
              aria-describedby={`${id}-body-hint${errorsFor('body').length ? ` ${id}-body-error` : ''}`}
            />
            <p class="field__hint" id={`${id}-body-hint`}>
              {t('pages.propose.bodyHint')}
            </p>
            <FieldErrors id={`${id}-body-error`} errors={errorsFor('body')} />
          </div>
          <div class="form__row">
            {input('year', t('pages.propose.year'), { type: 'number', inputMode: 'numeric', min: '1990' })}
            {input('ageMin', t('pages.propose.ageMin'), { type: 'number', inputMode: 'numeric', min: '0', max: '30' })}
            {input('ageMax', t('pages.propose.ageMax'), { type: 'number', inputMode: 'numeric', min: '0', max: '30' })}
          </div>
          <fieldset class="radios">
            <legend>{t('pages.propose.targetGroups')}</legend>
            <For each={TARGET_GROUPS}>
              {(group) => (
                <label class="checkbox">
                  <input
                    type="checkbox"
                    checked={groups().includes(group)}
                    onChange={(e) =>
                      setGroups((list) =>
                        e.currentTarget.checked ? [...list, group] : list.filter((g) => g !== group),
                      )
                    }
                  />
                  {t(`targetGroup.${group}`)}
                </label>
              )}
            </For>
          </fieldset>
          <fieldset class="radios">
            <legend>{t('pages.propose.visibility')}</legend>
            <For each={VISIBILITIES}>
              {(value) => (
                <label class="checkbox">
                  <input
                    type="radio"
                    name={`${id}-visibility`}
                    checked={visibility() === value}
                    onChange={() => setVisibility(value)}
                  />
                  {t('pages.propose')[`visibility${value}`]}
                </label>
              )}
            </For>
          </fieldset>
          <PersonalDataConfirm
            warnings={warnings()}
            title={t('pages.propose.warningTitle')}
            label={t('pages.propose.confirm')}
            confirmed={confirmed()}
            onConfirm={setConfirmed}
          />
          <button
            type="submit"
            class="button button--primary"
            disabled={state.fetching || (warnings().length > 0 && !confirmed())}
          >
            {warnings().length ? t('pages.propose.submitConfirmed') : t('pages.propose.submit')}
          </button>
        </form>
      </Show>
    </div>
  );
}
