import { Dynamic } from 'solid-js/web';
import { A } from '@solidjs/router';
import { Show, type JSX } from 'solid-js';
import { TargetGroupList, VerdictBadge } from '../../components/ui';
import type { MethodListItemFragment } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n';
import { paths } from '../../paths';

/** `actions` (e.g. the compare toggle) sit above the card's whole-card link, so they stay clickable. */
export function MethodCard(props: { method: MethodListItemFragment; headingLevel?: 2 | 3 | 4; actions?: JSX.Element }) {
  const { t } = useI18n();
  return (
    <article class="card">
      <p class="card__kicker">
        <span>{t('type.method')}</span>
        <VerdictBadge verdict={props.method.evidenceVerdict} compact />
      </p>
      <Dynamic component={`h${props.headingLevel ?? 3}`} class="card__title" lang="da">
        <A href={paths.method(props.method.slug)} class="card__link">
          {props.method.name}
        </A>
      </Dynamic>
      <p class="card__text" lang="da">
        {props.method.summary}
      </p>
      <Show when={props.method.targetGroups.length}>
        <p class="card__meta">
          <TargetGroupList groups={props.method.targetGroups} />
          <Show when={props.method.ageMin != null || props.method.ageMax != null}>
            {' · '}
            {t('format.ageRange', props.method.ageMin, props.method.ageMax)}
          </Show>
        </p>
      </Show>
      <Show when={props.actions}>
        <div class="card__actions">{props.actions}</div>
      </Show>
    </article>
  );
}
