import { A, useParams } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { QueryView } from '../components/QueryView';
import { Facts, TargetGroupList, VerdictBadge } from '../components/ui';
import { createMethodPage } from '../domains/method/hooks';
import type { MethodDetail } from '../domains/method/MethodView';
import { CostText, hasCost, PartyList, SettingList } from '../domains/method/PracticalFacts';
import { schemeValue } from '../domains/method/schemeValue';
import { methodsTexts } from '../i18n/methods';
import { useI18n } from '../i18n';
import { evidenceTexts } from '../i18n/evidence';
import { paths } from '../paths';
import '../styles/methods.css';

// What fits one A4 page beside the facts; the method page has the rest.
const MAX_PARTIES = 5;

/** /methods/<slug>/summary — one printable page about a method, for a team meeting. */
export default function MethodSummaryPage() {
  const params = useParams<{ slug: string }>();
  const [state, refetch] = createMethodPage(() => params.slug);
  const { t } = useI18n(methodsTexts, evidenceTexts);
  return (
    <QueryView
      state={state}
      pick={(data) => data.method}
      retry={() => refetch({ requestPolicy: 'network-only' })}
      title={(method) => t('methodsPages.summary.title', method.name)}
    >
      {(method) => <MethodSummary method={method} />}
    </QueryView>
  );
}

function MethodSummary(props: { method: MethodDetail }) {
  const { t } = useI18n(methodsTexts, evidenceTexts);
  const m = () => props.method;
  // The newest rating on each scheme (ratings come newest first).
  const ratings = () =>
    m().evidenceRatings.nodes.filter((r, i, all) => all.findIndex((o) => o.scheme === r.scheme) === i);
  const url = () => `${location.origin}${paths.method(m().slug)}`;
  return (
    <article class="method-summary">
      <p class="method-summary__tools">
        <A href={paths.method(m().slug)}>{t('methodsPages.summary.back')}</A>
        <button type="button" class="button" onClick={() => window.print()}>
          {t('methodsPages.summary.print')}
        </button>
      </p>
      <h1 lang="da">{m().name}</h1>
      <p class="method-summary__lead" lang="da">
        {m().summary}
      </p>
      <p>
        <VerdictBadge verdict={m().evidenceVerdict} />
      </p>
      <div class="method-summary__grid">
        <section aria-labelledby="summary-facts">
          <h2 id="summary-facts">{t('methodsPages.practice.title')}</h2>
          <Facts
            rows={[
              [t('method.targetGroups'), m().targetGroups.length > 0 && <TargetGroupList groups={m().targetGroups} />],
              [t('method.age'), t('format.ageRange', m().ageMin, m().ageMax)],
              [t('methodsPages.practice.settings'), m().settings.length > 0 && <SettingList settings={m().settings} />],
              [t('methodsPages.practice.cost'), hasCost(m()) && <CostText method={m()} />],
              [
                t('methodsPages.practice.trainingDuration'),
                m().trainingDuration && <span lang="da">{m().trainingDuration}</span>,
              ],
              [
                t('methodsPages.practice.certifiedBy'),
                m().trainingCertifiedBy && <span lang="da">{m().trainingCertifiedBy}</span>,
              ],
            ]}
          />
        </section>
        <section aria-labelledby="summary-evidence">
          <h2 id="summary-evidence">{t('method.evidence')}</h2>
          <Show when={ratings().length} fallback={<p>{t('method.noRatings')}</p>}>
            <dl class="facts">
              <For each={ratings()}>
                {(r) => (
                  <div>
                    <dt>{t(`scheme.${r.scheme}`)}</dt>
                    <dd>{schemeValue(r.scheme, r.value, (s) => t(`strength.${s}`), t('evidence'))}</dd>
                  </div>
                )}
              </For>
            </dl>
          </Show>
        </section>
        <Show when={m().providers.nodes.length}>
          <section aria-labelledby="summary-providers">
            <h2 id="summary-providers">{t('methodsPages.practice.providers')}</h2>
            <PartyList parties={m().providers.nodes.slice(0, MAX_PARTIES)} />
          </section>
        </Show>
        <Show when={m().municipalities.nodes.length}>
          <section aria-labelledby="summary-municipalities">
            <h2 id="summary-municipalities">{t('methodsPages.practice.municipalities')}</h2>
            <PartyList parties={m().municipalities.nodes.slice(0, MAX_PARTIES)} />
          </section>
        </Show>
      </div>
      <p class="method-summary__source muted">{t('methodsPages.summary.printedFrom', url())}</p>
    </article>
  );
}
