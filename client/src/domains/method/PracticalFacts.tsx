import { For, Show } from 'solid-js';
import { ExampleBadge, Facts } from '../../components/ui';
import type { MethodPartyFragment, MethodPracticeFragment } from '../../graphql/generated/graphql';
import { methodsTexts } from '../../i18n/methods';
import { useI18n } from '../../i18n';
import { paths } from '../../paths';

/** "ca. 24.000 kr. pr. familie" with the cost note under it; empty when the method has neither. */
export function CostText(props: { method: MethodPracticeFragment }) {
  const { t, locale } = useI18n(methodsTexts);
  const price = () => {
    const { costDkk, costUnit } = props.method;
    if (costDkk == null || !costUnit) return null;
    const amount = new Intl.NumberFormat(locale() === 'da' ? 'da-DK' : 'en-GB').format(costDkk);
    return t('methodsPages.practice.price', amount, t('methodsPages.practice.unit')[costUnit]);
  };
  return (
    <>
      <Show when={price()}>
        <strong>{price()}</strong>
        <Show when={props.method.costNote}>
          <br />
        </Show>
      </Show>
      <Show when={props.method.costNote}>
        <span lang="da">{props.method.costNote}</span>
      </Show>
    </>
  );
}

export function hasCost(method: MethodPracticeFragment): boolean {
  return method.costDkk != null || !!method.costNote;
}

/** A provider or municipality, linked to its own page (or its organisation's page in Vidensbro). */
export function PartyList(props: { parties: readonly MethodPartyFragment[] }) {
  return (
    <ul class="party-list">
      <For each={props.parties}>
        {(party) => {
          const href = () => party.url ?? (party.organisation ? paths.organisation(party.organisation.slug) : null);
          return (
            <li>
              <Show when={href()} fallback={<span lang="da">{party.name}</span>}>
                {(link) => (
                  <a href={link()} lang="da" rel={link().startsWith('/') ? undefined : 'noopener noreferrer'}>
                    {party.name}
                  </a>
                )}
              </Show>{' '}
              <ExampleBadge show={party.organisation?.isExample ?? false} />
              <Show when={party.note}>
                <span class="muted" lang="da">
                  {' '}
                  – {party.note}
                </span>
              </Show>
            </li>
          );
        }}
      </For>
    </ul>
  );
}

export function SettingList(props: { settings: readonly MethodPracticeFragment['settings'][number][] }) {
  const { t } = useI18n(methodsTexts);
  return <>{props.settings.map((s) => t('methodsPages.practice.setting')[s]).join(', ')}</>;
}

/** Cost, training, providers and municipalities: what practitioners ask before they choose a method. */
export function PracticalFacts(props: { method: MethodPracticeFragment }) {
  const { t } = useI18n(methodsTexts);
  const m = () => props.method;
  return (
    <Facts
      rows={[
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
        [
          t('methodsPages.practice.providers'),
          m().providers.nodes.length > 0 && <PartyList parties={m().providers.nodes} />,
        ],
        [
          t('methodsPages.practice.municipalities'),
          m().municipalities.nodes.length > 0 && <PartyList parties={m().municipalities.nodes} />,
        ],
      ]}
    />
  );
}

export function hasPractice(method: MethodPracticeFragment): boolean {
  return (
    method.settings.length > 0 ||
    hasCost(method) ||
    !!method.trainingDuration ||
    !!method.trainingCertifiedBy ||
    method.providers.nodes.length > 0 ||
    method.municipalities.nodes.length > 0
  );
}
