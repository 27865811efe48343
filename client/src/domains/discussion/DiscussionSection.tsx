import { A, useLocation, useNavigate } from '@solidjs/router';
import { For, Show, createSignal, createUniqueId } from 'solid-js';
import { Empty, Loading, Problem } from '../../components/QueryView';
import { Section } from '../../components/ui';
import { FieldErrors, FormErrors, isFor, type UserErrorLike } from '../../components/userErrors';
import type { OrganisationKind, ThreadKind } from '../../graphql/generated/graphql';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n';
import { discussionTexts } from '../../i18n/discussion';
import { paths } from '../../paths';
import { ORGANISATION_KINDS, THREAD_KINDS } from '../enums';
import { createViewer } from '../member/hooks';
import { MarkdownField } from './MarkdownField';
import { useOutcome } from './outcome';
import { createStartThread, createThreadsAbout } from './hooks';

/** The form that opens a new thread about an item; on success the reader lands on the thread. */
function NewThreadForm(props: { about: string; onCancel: () => void }) {
  const { t } = useI18n(discussionTexts);
  const id = createUniqueId();
  const navigate = useNavigate();
  const outcome = useOutcome();
  const [state, startThread] = createStartThread();
  const [title, setTitle] = createSignal('');
  const [body, setBody] = createSignal('');
  const [kind, setKind] = createSignal<ThreadKind>('DISCUSSION');
  const [errors, setErrors] = createSignal<readonly UserErrorLike[]>([]);
  const errorsFor = (field: string) => errors().filter((e) => isFor(e, field));
  const otherErrors = () => errors().filter((e) => !isFor(e, 'title') && !isFor(e, 'body'));

  const submit = async (event: SubmitEvent) => {
    event.preventDefault();
    const missing: UserErrorLike[] = [];
    if (!title().trim()) missing.push({ field: 'title', code: 'REQUIRED', message: '' });
    if (!body().trim()) missing.push({ field: 'body', code: 'REQUIRED', message: '' });
    if (missing.length) return setErrors(missing);
    const result = await startThread({
      input: { about: props.about, title: title().trim(), body: body(), kind: kind() },
    });
    const found = outcome(result, result.data?.startThread.userErrors);
    setErrors(found);
    const thread = result.data?.startThread.thread;
    if (thread && found.length === 0) navigate(paths.thread(thread.id));
  };

  return (
    <form class="form composer composer--thread" onSubmit={(e) => void submit(e)} noValidate>
      <FormErrors errors={otherErrors()} />
      <fieldset class="radios">
        <legend>{t('discussion.kind')}</legend>
        <For each={THREAD_KINDS}>
          {(value) => (
            <label class="checkbox">
              <input
                type="radio"
                name={`${id}-kind`}
                value={value}
                checked={kind() === value}
                onChange={() => setKind(value)}
              />
              {t(`discussion.kind${value}`)}
            </label>
          )}
        </For>
      </fieldset>
      <div class="field">
        <label for={`${id}-title`}>{t('discussion.threadTitle')}</label>
        <input
          id={`${id}-title`}
          type="text"
          value={title()}
          onInput={(e) => setTitle(e.currentTarget.value)}
          aria-invalid={errorsFor('title').length ? 'true' : undefined}
          aria-describedby={errorsFor('title').length ? `${id}-title-error` : undefined}
        />
        <FieldErrors id={`${id}-title-error`} errors={errorsFor('title')} />
      </div>
      <MarkdownField
        id={id}
        about={props.about}
        label={t('discussion.firstComment')}
        value={body()}
        onChange={setBody}
        errors={errorsFor('body')}
        rows={5}
      />
      <div class="composer__actions">
        <button type="submit" class="button button--primary" disabled={state.fetching}>
          {state.fetching ? t('discussion.sending') : t('discussion.startThread')}
        </button>
        <button type="button" class="button button--quiet" onClick={() => props.onCancel()}>
          {t('discussion.cancel')}
        </button>
      </div>
    </form>
  );
}

/**
 * The conversation that continues after a meeting or around a method, case, talk or report. Discussions are for
 * members: others are invited to sign in; members see the threads, can filter them by the kind of organisation
 * that spoke, and start a new one.
 */
export function DiscussionSection(props: { about: string; title: string }) {
  const { t, tag } = useI18n(discussionTexts);
  const location = useLocation();
  const id = createUniqueId();
  const [viewer] = createViewer();
  const signedIn = () => Boolean(viewer.data?.viewer);
  const [orgKind, setOrgKind] = createSignal<OrganisationKind>();
  const [writing, setWriting] = createSignal(false);
  const [threads, refetch] = createThreadsAbout(
    () => props.about,
    orgKind,
    () => !signedIn(),
  );
  // Closed while what it is about is a draft; the API refuses new threads there too.
  const open = () => threads.data?.discussionOpen !== false;
  return (
    <Section title={props.title} id="discussion">
      <Show
        when={signedIn()}
        fallback={
          <p class="callout">
            {t('discussion.membersOnly')} <A href={paths.signIn(location.pathname)}>{t('member.signIn')}</A>
          </p>
        }
      >
        <div class="discussion__tools">
          <div class="field field--inline">
            <label for={`${id}-kind`}>{t('discussion.filterKind')}</label>
            <select
              id={`${id}-kind`}
              value={orgKind() ?? ''}
              onChange={(e) => setOrgKind((e.currentTarget.value || undefined) as OrganisationKind | undefined)}
            >
              <option value="">{t('discussion.allKinds')}</option>
              <For each={ORGANISATION_KINDS}>{(kind) => <option value={kind}>{t(`orgKind.${kind}`)}</option>}</For>
            </select>
          </div>
          <Show when={!writing() && open()}>
            <button type="button" class="button button--primary" onClick={() => setWriting(true)}>
              {t('discussion.startThread')}
            </button>
          </Show>
        </div>
        <Show when={threads.data && !open()}>
          <p class="callout">{t('discussion.closedDraft')}</p>
        </Show>
        <Show when={writing() && open()}>
          <NewThreadForm about={props.about} onCancel={() => setWriting(false)} />
        </Show>
        <Show
          when={threads.data?.threads}
          fallback={
            <Show when={threads.error} fallback={<Loading />}>
              <Problem error={threads.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
            </Show>
          }
        >
          {(list) => (
            <Show when={list().nodes.length} fallback={<Empty>{t('discussion.none')}</Empty>}>
              <ul class="items threads">
                <For each={list().nodes}>
                  {(thread) => (
                    <li class="item">
                      <A class="item__title" href={paths.thread(thread.id)} lang="da">
                        {thread.title}
                      </A>
                      <span class="item__meta">
                        <Show when={thread.kind === 'QUESTION'}>
                          <span class="badge badge--question">
                            {thread.answer ? t('discussion.answered') : t('discussion.question')}
                          </span>{' '}
                        </Show>
                        {t('discussion.comments', thread.commentCount)} · {t('discussion.lastActivity')}{' '}
                        {formatDate(thread.lastActivityAt, tag())}
                        <Show when={thread.author}>{(author) => <> · {author().name}</>}</Show>
                        <Show when={thread.participantKinds.length}>
                          {' · '}
                          {thread.participantKinds.map((k) => t(`orgKind.${k}`)).join(', ')}
                        </Show>
                      </span>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          )}
        </Show>
      </Show>
    </Section>
  );
}
