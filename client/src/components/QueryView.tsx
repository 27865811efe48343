import { usePageTitle } from './pageTitle';
import type { CombinedError } from '@urql/core';
import { Match, Switch, createEffect, type JSX } from 'solid-js';
import { A } from '@solidjs/router';
import { problemOf } from '../graphql/errors';
import { paths } from '../paths';
import { useI18n } from '../i18n';

export function Loading() {
  const { t } = useI18n();
  return (
    <p class="state state--loading" role="status">
      <span class="spinner" aria-hidden="true" />
      {t('state.loading')}
    </p>
  );
}

export function Empty(props: { children?: JSX.Element }) {
  const { t } = useI18n();
  return <p class="state state--empty">{props.children ?? t('state.empty')}</p>;
}

export function Problem(props: { error?: CombinedError; notFound?: boolean; onRetry?: () => void }) {
  const { t } = useI18n();
  const kind = () => (props.notFound ? 'notFound' : (problemOf(props.error) ?? 'unknown'));
  return (
    <div class="state state--error" role="alert">
      <p>{t(`state.${kind()}`)}</p>
      {props.onRetry && kind() !== 'notFound' && (
        <button type="button" class="button" onClick={() => props.onRetry?.()}>
          {t('state.retry')}
        </button>
      )}
    </div>
  );
}

/** A whole page that could not be shown: a heading that says so, then what to do. */
export function ProblemPage(props: { error?: CombinedError; notFound?: boolean; onRetry?: () => void }) {
  const { t } = useI18n();
  const notFound = () => props.notFound || problemOf(props.error) === 'notFound';
  usePageTitle(() => (notFound() ? t('state.pageNotFound') : t('state.problemTitle')));
  return (
    <div class="page">
      <header class="page-header">
        <h1>{notFound() ? t('state.pageNotFound') : t('state.problemTitle')}</h1>
      </header>
      <Problem error={props.error} notFound={props.notFound} onRetry={props.onRetry} />
      <p>
        <A href={paths.home()}>{t('state.backHome')}</A>
      </p>
    </div>
  );
}

interface QueryState<T> {
  fetching: boolean;
  data?: T;
  error?: CombinedError;
}

/**
 * Loading, error and not-found around one query. `pick` selects the entity; null means the API does not have
 * it (or the reader may not see it), which is a not-found page rather than an error.
 */
export function QueryView<T, E>(props: {
  state: QueryState<T>;
  pick: (data: T) => E | null | undefined;
  retry?: () => void;
  title?: (entity: E) => string;
  children: (entity: E) => JSX.Element;
}) {
  // While another item loads (a new slug), the previous one is not shown as if it were the new page.
  const entity = () => (props.state.data && !props.state.fetching ? props.pick(props.state.data) : undefined);
  createEffect(() => {
    const e = entity();
    if (e && props.title) document.title = `${props.title(e)} · Vidensbro`;
  });
  return (
    <Switch>
      <Match when={entity()} keyed>
        {(e) => props.children(e)}
      </Match>
      <Match when={props.state.error}>
        <ProblemPage error={props.state.error} onRetry={props.retry} />
      </Match>
      <Match when={props.state.fetching || !props.state.data}>
        <Loading />
      </Match>
      <Match when={props.state.data && !props.state.fetching && !entity()}>
        <ProblemPage notFound />
      </Match>
    </Switch>
  );
}
