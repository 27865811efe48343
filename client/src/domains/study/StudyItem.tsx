import { A } from '@solidjs/router';
import type { StudyListItemFragment } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n';
import { paths } from '../../paths';

/** A study as a line in a list: title, then design, year and publisher. */
export function StudyItem(props: { study: StudyListItemFragment }) {
  const { t } = useI18n();
  return (
    <li class="item">
      <A href={paths.study(props.study.slug)} lang="da" class="item__title">
        {props.study.title}
      </A>
      <span class="item__meta">
        {t(`design.${props.study.design}`)} · {props.study.year} · <span lang="da">{props.study.publisher}</span>
      </span>
    </li>
  );
}
