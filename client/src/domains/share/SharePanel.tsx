import { A } from '@solidjs/router';
import { Show, createSignal, createUniqueId } from 'solid-js';
import { FieldErrors, FormErrors, isFor, type UserErrorLike } from '../../components/userErrors';
import type { Visibility } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n';
import { meetingsTexts } from '../../i18n/meetings-pages';
import { paths } from '../../paths';
import { useOutcome } from '../discussion/outcome';
import { createViewer } from '../member/hooks';
import { createCreateShareLink } from './hooks';
import { endOfDay, shareUrl, tomorrow } from './links';
import '../../styles/meetings.css';

/** The new link, shown once, with a copy button. */
function NewLink(props: { url: string }) {
  const { t } = useI18n(meetingsTexts);
  const id = createUniqueId();
  const [copied, setCopied] = createSignal(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.url);
      setCopied(true);
    } catch {
      (document.getElementById(id) as HTMLInputElement | null)?.select();
    }
  };
  return (
    <div class="callout secret" role="status">
      <p>{t('meetingsPages.share.ready')}</p>
      <label for={id}>{t('meetingsPages.share.link')}</label>
      <div class="secret__row">
        <input
          id={id}
          type="text"
          readOnly
          value={props.url}
          class="secret__value"
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" class="button" onClick={() => void copy()}>
          {copied() ? t('meetingsPages.share.copied') : t('meetingsPages.share.copy')}
        </button>
      </div>
    </div>
  );
}

/**
 * Lets a member share one members-only talk or report with someone outside the forum, through a revocable link
 * with an optional expiry. Public items need no link, and readers who are not signed in cannot make one.
 */
export function SharePanel(props: { itemId: string; visibility: Visibility }) {
  const { t } = useI18n(meetingsTexts);
  const id = createUniqueId();
  const outcome = useOutcome();
  const [viewer] = createViewer();
  const [state, create] = createCreateShareLink();
  const [open, setOpen] = createSignal(false);
  const [expires, setExpires] = createSignal('');
  const [errors, setErrors] = createSignal<readonly UserErrorLike[]>([]);
  const [url, setUrl] = createSignal<string>();
  const expiryErrors = () => errors().filter((e) => isFor(e, 'expiresAt'));

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    setUrl(undefined);
    const result = await create({ input: { itemId: props.itemId, expiresAt: endOfDay(expires()) } });
    const found = outcome(result, result.data?.createShareLink.userErrors);
    setErrors(found);
    const path = result.data?.createShareLink.path;
    if (path && found.length === 0) setUrl(shareUrl(path, window.location.origin));
  };

  return (
    <Show when={viewer.data?.viewer && props.visibility !== 'PUBLIC'}>
      <section class="share" aria-labelledby={`${id}-title`}>
        <h2 id={`${id}-title`} class="visually-hidden">
          {t('meetingsPages.share.title')}
        </h2>
        <button
          type="button"
          class="button"
          aria-expanded={open()}
          aria-controls={`${id}-panel`}
          onClick={() => setOpen((v) => !v)}
        >
          {t('meetingsPages.share.open')}
        </button>
        <div id={`${id}-panel`} class="share__panel" hidden={!open()}>
          <p>{t('meetingsPages.share.intro')}</p>
          <Show when={url()}>{(u) => <NewLink url={u()} />}</Show>
          <form class="form" onSubmit={(e) => void submit(e)} noValidate>
            <FormErrors errors={errors().filter((e) => !isFor(e, 'expiresAt'))} />
            <div class="field">
              <label for={`${id}-expires`}>{t('meetingsPages.share.expires')}</label>
              <input
                id={`${id}-expires`}
                type="date"
                min={tomorrow()}
                value={expires()}
                onInput={(e) => setExpires(e.currentTarget.value)}
                aria-invalid={expiryErrors().length ? 'true' : undefined}
                aria-describedby={`${id}-expires-hint${expiryErrors().length ? ` ${id}-expires-error` : ''}`}
              />
              <p class="field__hint" id={`${id}-expires-hint`}>
                {t('meetingsPages.share.expiresHint')}
              </p>
              <FieldErrors id={`${id}-expires-error`} errors={expiryErrors()} />
            </div>
            <button type="submit" class="button button--primary" disabled={state.fetching}>
              {t('meetingsPages.share.create')}
            </button>
          </form>
          <p>
            <A href={`${paths.account()}#links`}>{t('meetingsPages.share.manage')}</A>
          </p>
        </div>
      </section>
    </Show>
  );
}
