import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { StrengthBadge } from '../../components/ui';
import type { MethodPageQuery } from '../../graphql/generated/graphql';
import { formatShortDate } from '../../i18n/format';
import { useI18n } from '../../i18n';
import { evidenceTexts } from '../../i18n/evidence';
import { paths } from '../../paths';
import { schemeValue } from './schemeValue';

type Rating = NonNullable<MethodPageQuery['method']>['evidenceRatings']['nodes'][number];

/**
 * Every rating side by side, each in its own scheme's terms (said in the reader's language) next to Vidensbro's
 * common scale, with a link to where the rating can be read.
 */
export function EvidenceTable(props: { ratings: readonly Rating[] }) {
  const { t, tag } = useI18n(evidenceTexts);
  return (
    <table class="evidence-table">
      <caption class="visually-hidden">{t('method.evidence')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('method.scheme')}</th>
          <th scope="col">{t('method.value')}</th>
          <th scope="col">{t('method.normalised')}</th>
          <th scope="col">{t('method.date')}</th>
          <th scope="col">{t('method.source')}</th>
        </tr>
      </thead>
      <tbody>
        <For each={props.ratings}>
          {(rating) => (
            <tr>
              <th scope="row" data-label={t('method.scheme')}>
                <div>{t(`scheme.${rating.scheme}`)}</div>
              </th>
              <td data-label={t('method.value')}>
                <div>
                  <span class="rating-value">
                    {schemeValue(rating.scheme, rating.value, (s) => t(`strength.${s}`), t('evidence'))}
                  </span>
                  <span class="rating-scale">{t('evidence.scales')[rating.scheme]}</span>
                </div>
              </td>
              <td data-label={t('method.normalised')}>
                <div>
                  <StrengthBadge strength={rating.strength} />
                </div>
              </td>
              <td data-label={t('method.date')}>
                <div>
                  <time datetime={rating.ratedOn}>{formatShortDate(rating.ratedOn, tag())}</time>
                </div>
              </td>
              <td data-label={t('method.source')}>
                <div>
                  <Show when={rating.sourceUrl} fallback={<span lang="da">{rating.source}</span>}>
                    {(url) => (
                      <a href={url()} rel="noopener noreferrer" class="rating-source">
                        <span lang="da">{rating.source}</span>
                        <span class="visually-hidden">
                          {' '}
                          – {t('evidence.readAt', t(`scheme.${rating.scheme}`))} {t('evidence.opensElsewhere')}
                        </span>
                      </a>
                    )}
                  </Show>
                  <Show when={rating.study}>
                    {(study) => (
                      <span class="rating-study">
                        {t('method.study')}:{' '}
                        <A href={paths.study(study().slug)} lang="da">
                          {study().title} ({study().year})
                        </A>
                      </span>
                    )}
                  </Show>
                  <Show when={rating.note}>
                    <span class="rating-note" lang="da">
                      {rating.note}
                    </span>
                  </Show>
                </div>
              </td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
