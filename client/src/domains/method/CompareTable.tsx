import { SCHEMES } from '../enums';
import { A } from '@solidjs/router';
import { For, Show, type JSX } from 'solid-js';
import { TargetGroupList, VerdictBadge } from '../../components/ui';
import type { CompareMethodsQuery, EvidenceScheme } from '../../graphql/generated/graphql';
import { methodsTexts } from '../../i18n/methods';
import { useI18n } from '../../i18n';
import { evidenceTexts } from '../../i18n/evidence';
import { paths } from '../../paths';
import { CostText, hasCost, PartyList, SettingList } from './PracticalFacts';
import { schemeValue } from './schemeValue';

type Compared = CompareMethodsQuery['methods']['nodes'][number];

/**
 * One column per method, one row per aspect, with real table semantics (column and row headers) so a screen reader
 * announces "De Utrolige År, Pris: …". On a phone the table scrolls sideways inside a focusable region, with the
 * row headers kept in view (methods.css).
 */
export function CompareTable(props: { methods: readonly Compared[] }) {
  const { t } = useI18n(methodsTexts, evidenceTexts);
  const none = () => <span class="muted">{t('methodsPages.practice.none')}</span>;
  // The newest rating on a scheme (ratings come newest first).
  const rating = (m: Compared, scheme: EvidenceScheme) => m.evidenceRatings.nodes.find((r) => r.scheme === scheme);
  const rows: [string, (m: Compared) => JSX.Element][] = [
    [t('method.targetGroups'), (m) => (m.targetGroups.length ? <TargetGroupList groups={m.targetGroups} /> : none())],
    [t('method.age'), (m) => t('format.ageRange', m.ageMin, m.ageMax) || none()],
    [t('methodsPages.practice.settings'), (m) => (m.settings.length ? <SettingList settings={m.settings} /> : none())],
    [t('methodsPages.compare.verdict'), (m) => <VerdictBadge verdict={m.evidenceVerdict} />],
    ...SCHEMES.map((scheme): [string, (m: Compared) => JSX.Element] => [
      t(`scheme.${scheme}`),
      (m) => (
        <Show when={rating(m, scheme)} fallback={<span class="muted">{t('methodsPages.compare.notRated')}</span>}>
          {(found) => <span>{schemeValue(scheme, found().value, (s) => t(`strength.${s}`), t('evidence'))}</span>}
        </Show>
      ),
    ]),
    [t('methodsPages.practice.cost'), (m) => (hasCost(m) ? <CostText method={m} /> : none())],
    [
      t('methodsPages.practice.trainingDuration'),
      (m) => (m.trainingDuration ? <span lang="da">{m.trainingDuration}</span> : none()),
    ],
    [
      t('methodsPages.practice.certifiedBy'),
      (m) => (m.trainingCertifiedBy ? <span lang="da">{m.trainingCertifiedBy}</span> : none()),
    ],
    [
      t('methodsPages.practice.providers'),
      (m) => (m.providers.nodes.length ? <PartyList parties={m.providers.nodes} /> : none()),
    ],
  ];
  return (
    <div class="compare-scroll" role="region" aria-label={t('methodsPages.compare.caption')} tabindex="0">
      <p class="compare-scroll__hint muted">{t('methodsPages.compare.scroll')}</p>
      <table class="compare-table">
        <caption class="visually-hidden">{t('methodsPages.compare.caption')}</caption>
        <thead>
          <tr>
            <td />
            <For each={props.methods}>
              {(m) => (
                <th scope="col" lang="da">
                  <A href={paths.method(m.slug)}>{m.name}</A>
                </th>
              )}
            </For>
          </tr>
        </thead>
        <tbody>
          <For each={rows}>
            {([label, cell]) => (
              <tr>
                <th scope="row">{label}</th>
                <For each={props.methods}>{(m) => <td>{cell(m)}</td>}</For>
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </div>
  );
}
