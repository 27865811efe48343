import { Dynamic } from 'solid-js/web';
import { A } from '@solidjs/router';
import { ExampleBadge } from '../../components/ui';
import type { CaseListItemFragment } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n';
import { paths } from '../../paths';

export function CaseCard(props: { item: CaseListItemFragment; headingLevel?: 2 | 3 | 4 }) {
  const { t } = useI18n();
  return (
    <article class="card">
      <p class="card__kicker">
        <span>{t('type.case')}</span>
        <span>{props.item.year}</span>
        <ExampleBadge show={props.item.isExample} />
      </p>
      <Dynamic component={`h${props.headingLevel ?? 3}`} class="card__title" lang="da">
        <A href={paths.case(props.item.slug)} class="card__link">
          {props.item.title}
        </A>
      </Dynamic>
      <p class="card__text" lang="da">
        {props.item.summary}
      </p>
      <p class="card__meta">{props.item.organisation.name}</p>
    </article>
  );
}
