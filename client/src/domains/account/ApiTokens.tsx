import { TOKEN_SCOPES } from '../enums';
import { For, Show, createSignal, createUniqueId } from 'solid-js';
import { FieldErrors, FormErrors, isFor, type UserErrorLike } from '../../components/userErrors';
import type { AccountQuery, TokenScope } from '../../graphql/generated/graphql';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n';
import { pageTexts } from '../../i18n/pages';
import { useOutcome } from '../discussion/outcome';
import { createCreateApiToken, createRevokeApiToken } from './hooks';

type Token = NonNullable<AccountQuery['viewer']>['apiTokens']['nodes'][number];

/** The new secret, shown once, with a copy button. */
function Secret(props: { secret: string; onDone: () => void }) {
  const { t } = useI18n(pageTexts);
  const id = createUniqueId();
  const [copied, setCopied] = createSignal(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.secret);
      setCopied(true);
    } catch {
      (document.getElementById(id) as HTMLInputElement | null)?.select();
    }
  };
  return (
    <div class="callout secret" role="status">
      <h3>{t('pages.account.secretTitle')}</h3>
      <p>{t('pages.account.secretHelp')}</p>
      <div class="secret__row">
        <label for={id} class="visually-hidden">
          {t('pages.account.secretLabel')}
        </label>
        <input
          id={id}
          type="text"
          readOnly
          value={props.secret}
          class="secret__value"
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" class="button" onClick={() => void copy()}>
          {copied() ? t('pages.account.copied') : t('pages.account.copy')}
        </button>
      </div>
      <button type="button" class="button button--quiet" onClick={() => props.onDone()}>
        {t('pages.account.done')}
      </button>
    </div>
  );
}

export function ApiTokens(props: { tokens: readonly Token[]; onChange: () => void }) {
  const { t, tag } = useI18n(pageTexts);
  const id = createUniqueId();
  const outcome = useOutcome();
  const [creating, createToken] = createCreateApiToken();
  const [, revokeToken] = createRevokeApiToken();
  const [name, setName] = createSignal('');
  const [scopes, setScopes] = createSignal<TokenScope[]>(['READ']);
  const [days, setDays] = createSignal('');
  const [errors, setErrors] = createSignal<readonly UserErrorLike[]>([]);
  const [secret, setSecret] = createSignal<string>();
  const nameErrors = () => errors().filter((e) => isFor(e, 'name'));

  const create = async (event: SubmitEvent) => {
    event.preventDefault();
    if (!name().trim()) return setErrors([{ field: 'name', code: 'REQUIRED', message: '' }]);
    const expiresInDays = days().trim() ? Number(days()) : undefined;
    const result = await createToken({ input: { name: name().trim(), scopes: scopes(), expiresInDays } });
    const found = outcome(result, result.data?.createApiToken.userErrors);
    setErrors(found);
    const created = result.data?.createApiToken.secret;
    if (created && found.length === 0) {
      setSecret(created);
      setName('');
      setDays('');
      props.onChange();
    }
  };
  const revoke = async (token: Token) => {
    if (!window.confirm(t('pages.account.confirmRevoke', token.name))) return;
    await revokeToken({ id: token.id });
    props.onChange();
  };
  const status = (token: Token) =>
    token.revokedAt
      ? t('pages.account.revoked')
      : token.expiresAt && new Date(token.expiresAt) < new Date()
        ? t('pages.account.expired')
        : t('pages.account.active');

  return (
    <>
      <p>{t('pages.account.tokensIntro')}</p>
      <Show when={secret()}>{(s) => <Secret secret={s()} onDone={() => setSecret(undefined)} />}</Show>
      <form class="form form--inline" onSubmit={(e) => void create(e)} noValidate>
        <FormErrors errors={errors().filter((e) => !isFor(e, 'name'))} />
        <div class="field">
          <label for={`${id}-name`}>{t('pages.account.tokenName')}</label>
          <input
            id={`${id}-name`}
            type="text"
            value={name()}
            onInput={(e) => setName(e.currentTarget.value)}
            aria-invalid={nameErrors().length ? 'true' : undefined}
            aria-describedby={nameErrors().length ? `${id}-name-error` : undefined}
          />
          <FieldErrors id={`${id}-name-error`} errors={nameErrors()} />
        </div>
        <fieldset class="radios">
          <legend>{t('pages.account.scopes')}</legend>
          <For each={TOKEN_SCOPES}>
            {(scope) => (
              <label class="checkbox">
                <input
                  type="checkbox"
                  checked={scopes().includes(scope)}
                  disabled={scope === 'READ'}
                  onChange={(e) =>
                    setScopes((list) => (e.currentTarget.checked ? [...list, scope] : list.filter((s) => s !== scope)))
                  }
                />
                {t('pages.account')[`scope${scope}`]}
              </label>
            )}
          </For>
        </fieldset>
        <div class="field">
          <label for={`${id}-days`}>{t('pages.account.expiresInDays')}</label>
          <input
            id={`${id}-days`}
            type="number"
            min="1"
            inputMode="numeric"
            value={days()}
            onInput={(e) => setDays(e.currentTarget.value)}
          />
        </div>
        <button type="submit" class="button button--primary" disabled={creating.fetching}>
          {t('pages.account.create')}
        </button>
      </form>
      <Show when={props.tokens.length} fallback={<p class="muted">{t('pages.account.noTokens')}</p>}>
        <div class="table-wrap">
          <table class="table tokens">
            <caption class="visually-hidden">{t('pages.account.tokenTable')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('pages.account.tokenName')}</th>
                <th scope="col">{t('pages.account.prefix')}</th>
                <th scope="col">{t('pages.account.scopes')}</th>
                <th scope="col">{t('pages.account.created')}</th>
                <th scope="col">{t('pages.account.lastUsed')}</th>
                <th scope="col">{t('pages.account.status')}</th>
                <th scope="col">
                  <span class="visually-hidden">{t('pages.account.revoke')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              <For each={props.tokens}>
                {(token) => (
                  <tr>
                    <th scope="row">{token.name}</th>
                    <td>
                      <code>{token.prefix}…</code>
                    </td>
                    <td>{token.scopes.map((s) => t('pages.account')[`scope${s}`].split(' ')[0]).join(', ')}</td>
                    <td>{formatDate(token.createdAt, tag())}</td>
                    <td>{token.lastUsedAt ? formatDate(token.lastUsedAt, tag()) : t('pages.account.never')}</td>
                    <td>{status(token)}</td>
                    <td>
                      <Show when={!token.revokedAt}>
                        <button
                          type="button"
                          class="link-button link-button--danger"
                          aria-label={t('pages.account.revokeLabel', token.name)}
                          onClick={() => void revoke(token)}
                        >
                          {t('pages.account.revoke')}
                        </button>
                      </Show>
                    </td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
        </div>
      </Show>
    </>
  );
}
