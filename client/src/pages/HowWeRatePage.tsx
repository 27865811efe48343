import { usePageTitle } from '../components/pageTitle';
import { For, Show } from 'solid-js';
import { Problem } from '../components/QueryView';
import { PageHeader, Section, StrengthBadge } from '../components/ui';
import type { EvidenceStrength } from '../graphql/generated/graphql';
import { createEvidenceSchemes } from '../domains/method/hooks';
import { schemeValue } from '../domains/method/schemeValue';
import { useI18n } from '../i18n';
import { evidenceTexts } from '../i18n/evidence';
import { howWeRateTexts } from '../i18n/how-we-rate';
import { paths } from '../paths';
import '../styles/methods.css';

const SCALE: readonly EvidenceStrength[] = [
  'STRONG',
  'MODERATE',
  'PROMISING',
  'INSUFFICIENT',
  'CONCERNING',
  'NOT_RATED',
];
const DIMENSIONS = ['targetGroup', 'method', 'implementation', 'effect', 'economy'] as const;

/** /evidence/how-we-rate — what every badge means, linked from each verdict. */
export default function HowWeRatePage() {
  const { t } = useI18n(howWeRateTexts, evidenceTexts);
  usePageTitle(() => t('howWeRatePage.title'));
  const [state, refetch] = createEvidenceSchemes();
  const external = () => (state.data?.evidenceSchemes ?? []).filter((s) => s.scheme !== 'VIDENSBRO');
  return (
    <article class="page how-we-rate">
      <PageHeader
        title={t('howWeRatePage.title')}
        lead={t('howWeRatePage.lead')}
        crumbs={[{ href: paths.methods(), label: t('nav.methods') }]}
      />
      <Section title={t('howWeRatePage.ownTitle')} id="own">
        <For each={t('howWeRatePage.own')}>{(p) => <p>{p}</p>}</For>
        <dl class="scale-list">
          <For each={SCALE}>
            {(s) => (
              <div>
                <dt>
                  <StrengthBadge strength={s} />
                </dt>
                <dd>{t('howWeRatePage.scale')[s]}</dd>
              </div>
            )}
          </For>
        </dl>
      </Section>
      <Section title={t('howWeRatePage.verdictTitle')} id="verdict">
        <ol>
          <For each={t('howWeRatePage.verdict')}>{(p) => <li>{p}</li>}</For>
        </ol>
      </Section>
      <Section title={t('howWeRatePage.schemesTitle')} id="schemes">
        <p>{t('howWeRatePage.schemesIntro')}</p>
        <Show when={state.error}>
          <Problem error={state.error} onRetry={() => refetch({ requestPolicy: 'network-only' })} />
        </Show>
        <For each={external()}>
          {(info) => (
            <section class="scheme-block" aria-labelledby={`scheme-${info.scheme}`}>
              <h3 id={`scheme-${info.scheme}`}>{t(`scheme.${info.scheme}`)}</h3>
              <p>{t('howWeRatePage.schemes')[info.scheme]}</p>
              <table class="evidence-table evidence-table--plain">
                <caption class="visually-hidden">{t(`scheme.${info.scheme}`)}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('howWeRatePage.value')}</th>
                    <th scope="col">{t('howWeRatePage.common')}</th>
                  </tr>
                </thead>
                <tbody>
                  <For each={info.values}>
                    {(v) => (
                      <tr>
                        <th scope="row">
                          {schemeValue(info.scheme, v.value, (s) => t(`strength.${s}`), t('evidence'))}
                        </th>
                        <td>
                          <StrengthBadge strength={v.strength} />
                        </td>
                      </tr>
                    )}
                  </For>
                </tbody>
              </table>
              <Show when={info.homePage}>
                {(href) => (
                  <p>
                    <a href={href()} rel="noopener noreferrer">
                      {t('howWeRatePage.homePage', t(`scheme.${info.scheme}`))}
                    </a>
                  </p>
                )}
              </Show>
            </section>
          )}
        </For>
      </Section>
      <Section title={t('howWeRatePage.dimensionsTitle')} id="dimensions">
        <ul>
          <For each={DIMENSIONS}>{(d) => <li>{t('howWeRatePage.dimensions')[d]}</li>}</For>
        </ul>
        <p>{t('howWeRatePage.dimensionsScale')}</p>
      </Section>
    </article>
  );
}
