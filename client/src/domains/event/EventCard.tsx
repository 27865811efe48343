import { Dynamic } from 'solid-js/web';
import { A } from '@solidjs/router';
import type { EventListItemFragment } from '../../graphql/generated/graphql';
import { formatTimeRange } from '../../i18n/format';
import { useI18n } from '../../i18n';
import { paths } from '../../paths';

export function EventCard(props: { event: EventListItemFragment; headingLevel?: 2 | 3 | 4 }) {
  const { t, tag } = useI18n();
  return (
    <article class="card card--event">
      <p class="card__kicker">
        <span>{t(`eventKind.${props.event.kind}`)}</span>
      </p>
      <Dynamic component={`h${props.headingLevel ?? 3}`} class="card__title" lang="da">
        <A href={paths.event(props.event.slug)} class="card__link">
          {props.event.title}
        </A>
      </Dynamic>
      <p class="card__meta">
        {formatTimeRange(props.event.startsAt, props.event.endsAt, tag())} · <span lang="da">{props.event.venue}</span>
      </p>
    </article>
  );
}
