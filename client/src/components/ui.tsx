import { A } from '@solidjs/router';
import { For, Show, type JSX } from 'solid-js';
import type { EvidenceStrength, EvidenceVerdict, TargetGroup } from '../graphql/generated/graphql';
import { useI18n } from '../i18n';
import { paths } from '../paths';

export function StrengthBadge(props: { strength: EvidenceStrength; label?: string }) {
  const { t } = useI18n();
  return (
    <span class={`badge badge--${props.strength.toLowerCase()}`}>
      <Show when={props.label}>
        <span class="visually-hidden">{props.label}: </span>
      </Show>
      {t(`strength.${props.strength}`)}
    </span>
  );
}

export type Verdict = Pick<EvidenceVerdict, 'strength' | 'agreeing' | 'total' | 'scheme'>;

/**
 * Vidensbro's verdict on a method's evidence and how many ratings agree with it ("Moderat — 3 af 4 vurderinger er
 * enige"): the honest headline, where the strongest single rating would overstate it.
 */
export function VerdictBadge(props: { verdict: Verdict; compact?: boolean }) {
  const { t } = useI18n();
  // Before the editors have graded, the verdict is the schemes' middle, and says so.
  const label = () => (!props.verdict.scheme && props.verdict.total > 0 ? t('method.consensus') : t('method.strength'));
  return (
    <>
      <span class={`verdict${props.compact ? ' verdict--compact' : ''}`}>
        <Show when={!props.compact}>
          <span class="badge-label">{label()}:</span>{' '}
        </Show>
        <StrengthBadge strength={props.verdict.strength} label={props.compact ? label() : undefined} />
        <Show when={props.verdict.total > 0}>
          <span class="verdict__spread">
            {props.compact ? ' ' : ' — '}
            {t('method.spread', props.verdict.agreeing, props.verdict.total)}
          </span>
        </Show>
      </span>{' '}
      {/* Every verdict explains itself: compact badges (on cards, above the card's link) show a "?" only. */}
      <a
        class={`verdict__how${props.compact ? ' verdict__how--compact' : ''}`}
        href={paths.howWeRate()}
        title={props.compact ? t('howWeRate.link') : undefined}
      >
        <Show when={props.compact} fallback={t('howWeRate.link')}>
          <span aria-hidden="true">?</span>
          <span class="visually-hidden">{t('howWeRate.link')}</span>
        </Show>
      </a>
    </>
  );
}

/** "Demo" beside fictional content or people, instead of a prefix written into their names. */
export function ExampleBadge(props: { show: boolean }) {
  const { t } = useI18n();
  return (
    <Show when={props.show}>
      <span class="badge badge--example" title={t('app.exampleExplained')}>
        {t('app.example')}
        <span class="visually-hidden"> ({t('app.exampleExplained')})</span>
      </span>
    </Show>
  );
}

export function TargetGroupList(props: { groups: readonly TargetGroup[] }) {
  const { t } = useI18n();
  return <>{props.groups.map((g) => t(`targetGroup.${g}`)).join(', ')}</>;
}

interface TopicLike {
  id: string;
  slug: string;
  nameDa: string;
  nameEn: string;
}

/** A topic's name in the interface language (topics are named in both). */
export function topicName(topic: TopicLike, locale: 'da' | 'en'): string {
  return locale === 'da' ? topic.nameDa : topic.nameEn;
}

export function TopicChips(props: { topics: readonly TopicLike[]; label: string }) {
  const { locale } = useI18n();
  return (
    <Show when={props.topics.length}>
      <ul class="chips" aria-label={props.label}>
        <For each={props.topics}>
          {(topic) => (
            <li>
              <A class="chip" href={paths.topic(topic.slug)} lang={locale()}>
                {topicName(topic, locale())}
              </A>
            </li>
          )}
        </For>
      </ul>
    </Show>
  );
}

export interface Crumb {
  href: string;
  label: string;
}

export function PageHeader(props: {
  kicker?: string;
  title: string;
  titleLang?: string;
  crumbs?: Crumb[];
  lead?: string;
  children?: JSX.Element;
}) {
  const { t } = useI18n();
  return (
    <header class="page-header">
      <Show when={props.crumbs?.length}>
        <nav aria-label={t('app.breadcrumbs')} class="crumbs">
          <ol>
            <li>
              <A href={paths.home()} end>
                {t('app.home')}
              </A>
            </li>
            <For each={props.crumbs}>
              {(crumb) => (
                <li>
                  <A href={crumb.href} end>
                    {crumb.label}
                  </A>
                </li>
              )}
            </For>
          </ol>
        </nav>
      </Show>
      <Show when={props.kicker}>
        <p class="kicker">{props.kicker}</p>
      </Show>
      <h1 lang={props.titleLang}>{props.title}</h1>
      <Show when={props.lead}>
        <p class="lead" lang={props.titleLang}>
          {props.lead}
        </p>
      </Show>
      {props.children}
    </header>
  );
}

/** Key facts as a description list; rows with no value are left out. */
export function Facts(props: { rows: [string, JSX.Element | string | number | null | undefined | false][] }) {
  return (
    <dl class="facts">
      <For
        each={props.rows.filter(
          ([, value]) => value !== null && value !== undefined && value !== '' && value !== false,
        )}
      >
        {([label, value]) => (
          <div>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        )}
      </For>
    </dl>
  );
}

export function Section(props: { title: string; id?: string; children: JSX.Element; class?: string }) {
  const id = () => props.id ?? `s-${props.title.toLowerCase().replace(/[^a-z0-9æøå]+/g, '-')}`;
  return (
    <section class={`section ${props.class ?? ''}`} aria-labelledby={id()}>
      <h2 id={id()}>{props.title}</h2>
      {props.children}
    </section>
  );
}
