import { For } from 'solid-js';
import type { VidensportalDimensions } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n';
import { evidenceTexts } from '../../i18n/evidence';
import { declarationRows } from './declaration';

/**
 * The Vidensdeklaration in words: each dimension, its letter and what both mean, so no reader has to know
 * Vidensportalen's scale to read the chart above.
 */
export function DeclarationExplained(props: { dimensions: Omit<VidensportalDimensions, '__typename'> }) {
  const { t } = useI18n(evidenceTexts);
  return (
    <table class="declaration-explained">
      <caption>{t('evidence.dimensionsTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('evidence.dimensionsHead.dimension')}</th>
          <th scope="col">{t('evidence.dimensionsHead.grade')}</th>
          <th scope="col">{t('evidence.dimensionsHead.meaning')}</th>
        </tr>
      </thead>
      <tbody>
        <For each={declarationRows(props.dimensions)}>
          {(row) => (
            <tr>
              <th scope="row">{t(`dimensions.${row.dimension}`)}</th>
              <td>{t('evidence.grades')[row.grade]}</td>
              <td>{t('evidence.dimensions')[row.dimension]}</td>
            </tr>
          )}
        </For>
      </tbody>
    </table>
  );
}
