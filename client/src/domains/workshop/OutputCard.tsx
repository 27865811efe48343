import { A } from '@solidjs/router';
import { Show, type JSX } from 'solid-js';
import type { WorkshopOutputItemFragment } from '../../graphql/generated/graphql';
import { formatShortDate } from '../../i18n/format';
import { useI18n } from '../../i18n';
import { meetingsTexts } from '../../i18n/meetings-pages';
import { paths } from '../../paths';
import '../../styles/meetings.css';

/**
 * One organisation's output from a workshop: what the talk means in their practice and their next step.
 * `showWorkshop` names the workshop (in lists that mix workshops); `tools` holds editors' buttons.
 */
export function OutputCard(props: { output: WorkshopOutputItemFragment; showWorkshop?: boolean; tools?: JSX.Element }) {
  const { t, tag } = useI18n(meetingsTexts);
  return (
    <article class={`output ${props.output.featured ? 'output--featured' : ''}`}>
      <p class="output__from">
        <span>
          {t('meetingsPages.outputs.from')}{' '}
          <A href={paths.organisation(props.output.organisation.slug)} lang="da">
            {props.output.organisation.name}
          </A>
        </span>
        <span>{t(`orgKind.${props.output.organisation.kind}`)}</span>
        <time datetime={props.output.createdAt}>{formatShortDate(props.output.createdAt, tag())}</time>
        <Show when={props.output.featured}>
          <span class="badge badge--member">{t('meetingsPages.outputs.featured')}</span>
        </Show>
      </p>
      <Show when={props.showWorkshop && props.output.workshop}>
        {(workshop) => (
          <p class="output__from">
            <span>
              {t('type.workshop')}:{' '}
              <A href={paths.workshop(workshop().slug)} lang="da">
                {workshop().title}
              </A>
            </span>
          </p>
        )}
      </Show>
      <dl>
        <dt>{t('meetingsPages.outputs.insight')}</dt>
        <dd lang="da">{props.output.insight}</dd>
        <dt>{t('meetingsPages.outputs.nextStep')}</dt>
        <dd lang="da">{props.output.nextStep}</dd>
      </dl>
      <Show when={props.tools}>
        <div class="output__tools">{props.tools}</div>
      </Show>
    </article>
  );
}
