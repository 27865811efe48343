import { For, createUniqueId } from 'solid-js';
import type { VidensportalDimensions } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n';
import { declarationRows } from './declaration';

const LABEL_WIDTH = 130;
const STEP = 40;
const ROW = 30;

/**
 * The Vidensdeklaration as five horizontal bars (A longest, D shortest). The SVG is one image for assistive
 * technology, named and described with every grade in words, so nothing depends on seeing the bars.
 */
export function DeclarationChart(props: { dimensions: Omit<VidensportalDimensions, '__typename'> }) {
  const { t } = useI18n();
  const id = createUniqueId();
  const rows = () => declarationRows(props.dimensions);
  const width = LABEL_WIDTH + STEP * 4 + 30;
  const height = () => rows().length * ROW + 24;
  const description = () =>
    rows()
      .map((r) => t('dimensions.gradeOf', t(`dimensions.${r.dimension}`), r.grade))
      .join(', ');
  return (
    <svg
      class="declaration"
      role="img"
      aria-labelledby={`${id}-t ${id}-d`}
      viewBox={`0 0 ${width} ${height()}`}
      width={width}
      height={height()}
    >
      <title id={`${id}-t`}>{t('dimensions.chartTitle')}</title>
      <desc id={`${id}-d`}>{description()}</desc>
      <For each={['A', 'B', 'C', 'D']}>
        {(grade, i) => (
          <text class="declaration__axis" x={LABEL_WIDTH + STEP * (4 - i()) - STEP / 2} y={12} text-anchor="middle">
            {grade}
          </text>
        )}
      </For>
      <For each={rows()}>
        {(row, i) => (
          <g transform={`translate(0 ${24 + i() * ROW})`}>
            <text
              class="declaration__label"
              x={LABEL_WIDTH - 10}
              y={ROW / 2 + 1}
              text-anchor="end"
              dominant-baseline="middle"
            >
              {t(`dimensions.${row.dimension}`)}
            </text>
            <rect class="declaration__track" x={LABEL_WIDTH} y={5} width={STEP * 4} height={ROW - 10} rx={3} />
            <rect
              class={`declaration__bar declaration__bar--${row.grade.toLowerCase()}`}
              x={LABEL_WIDTH}
              y={5}
              width={STEP * row.steps}
              height={ROW - 10}
              rx={3}
            />
            <text class="declaration__grade" x={LABEL_WIDTH + STEP * 4 + 10} y={ROW / 2 + 1} dominant-baseline="middle">
              {row.grade}
            </text>
          </g>
        )}
      </For>
    </svg>
  );
}
