import { Dynamic } from 'solid-js/web';
import { A } from '@solidjs/router';
import { Show } from 'solid-js';
import type { TalkListItemFragment } from '../../graphql/generated/graphql';
import { durationMinutes, formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n';
import { paths } from '../../paths';

export function TalkCard(props: { talk: TalkListItemFragment; headingLevel?: 2 | 3 | 4 }) {
  const { t, tag } = useI18n();
  return (
    <article class="card">
      <p class="card__kicker">
        <span>{t('type.talk')}</span>
        <Show when={props.talk.startsAt}>{(at) => <span>{formatDate(at(), tag())}</span>}</Show>
        <span>{t('format.minutes', durationMinutes(props.talk.durationSeconds))}</span>
      </p>
      <Dynamic component={`h${props.headingLevel ?? 3}`} class="card__title" lang="da">
        <A href={paths.talk(props.talk.slug)} class="card__link">
          {props.talk.title}
        </A>
      </Dynamic>
      <p class="card__text" lang="da">
        {props.talk.summary}
      </p>
      <Show when={props.talk.speakers.length}>
        <p class="card__meta" lang="da">
          {props.talk.speakers.map((s) => s.name).join(', ')}
        </p>
      </Show>
    </article>
  );
}
