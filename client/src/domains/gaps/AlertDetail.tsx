import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import type { AlertDetailFragment } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n';
import { paths } from '../../paths';

/** What a rating alert or gap result is about: the method with its old and new grade and source, or the study. */
export function AlertDetail(props: { notification: AlertDetailFragment }) {
  const { t } = useI18n();
  return (
    <>
      <Show when={props.notification.method}>
        {(method) => (
          <>
            {' '}
            <A href={paths.method(method().slug)} lang="da">
              {method().name}
            </A>
          </>
        )}
      </Show>
      <Show when={props.notification.kind === 'RATING_CHANGED' && props.notification.newGrade}>
        {' '}
        <span class="alert-grade">
          {t('alerts.grade', {
            scheme: props.notification.scheme ? t(`scheme.${props.notification.scheme}`) : '',
            from: props.notification.oldGrade ?? t('alerts.new'),
            to: props.notification.newGrade ?? '',
            source: props.notification.source ?? '',
          })}
        </span>
      </Show>
      <Show when={props.notification.study}>
        {(study) => (
          <>
            {' '}
            <A href={paths.study(study().slug)} lang="da">
              {study().title}
            </A>
          </>
        )}
      </Show>
    </>
  );
}
