import { A } from '@solidjs/router';
import { For, Show, createSignal } from 'solid-js';
import { Empty, Problem } from '../../components/QueryView';
import { Section } from '../../components/ui';
import { useI18n } from '../../i18n';
import { meetingsTexts } from '../../i18n/meetings-pages';
import { paths } from '../../paths';
import { Discussion } from '../discussion/LazyDiscussion';
import { createViewer } from '../member/hooks';
import { isOrganiser } from '../registration/hooks';
import { OutputCard } from './OutputCard';
import { OutputForm } from './OutputForm';
import { createFeatureOutput, createWorkshopOutputs } from './hooks';
import { featuredFirst, hasBegun } from './outputs';

/**
 * A workshop's outputs (members), featured first, with the form to record one and editors' feature buttons.
 * Its own query: recording or featuring refreshes this list, not the briefing and programme above it.
 */
export function OutputsSection(props: { workshopId: string; startsAt: string; slug: string }) {
  const { t } = useI18n(meetingsTexts);
  const [viewer] = createViewer();
  const [state, refetch] = createWorkshopOutputs(() => props.workshopId);
  const [featuring, feature] = createFeatureOutput();
  const me = () => viewer.data?.viewer;
  const outputs = () => featuredFirst(state.data?.workshopOutputs.nodes ?? []);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  // Which output's discussion is open; one at a time keeps the list readable.
  const [discussing, setDiscussing] = createSignal<string>();

  return (
    <Section title={t('meetingsPages.outputs.title')} id="outputs">
      <Show
        when={me()}
        fallback={
          <p class="callout">
            {t('meetingsPages.outputs.membersOnly')}{' '}
            <A href={paths.signIn(paths.workshop(props.slug))}>{t('meetingsPages.record.signIn')}</A>
          </p>
        }
      >
        {(member) => (
          <>
            <p class="muted">{t('meetingsPages.outputs.intro')}</p>
            <Show when={state.error && !state.data}>
              <Problem error={state.error} onRetry={reload} />
            </Show>
            <Show when={state.data}>
              <Show when={outputs().length} fallback={<Empty>{t('meetingsPages.outputs.none')}</Empty>}>
                <ul class="outputs">
                  <For each={outputs()}>
                    {(output) => (
                      <li>
                        <OutputCard
                          output={output}
                          tools={
                            <>
                              <button
                                type="button"
                                class="link-button"
                                aria-expanded={discussing() === output.id}
                                onClick={() => setDiscussing((id) => (id === output.id ? undefined : output.id))}
                              >
                                {t('meetingsPages.outputs.discuss')}
                              </button>
                              <Show when={isOrganiser(member().role)}>
                                <button
                                  type="button"
                                  class="link-button"
                                  disabled={featuring.fetching}
                                  aria-label={
                                    output.featured
                                      ? t('meetingsPages.outputs.unfeatureLabel', output.organisation.name)
                                      : t('meetingsPages.outputs.featureLabel', output.organisation.name)
                                  }
                                  onClick={() =>
                                    void feature({ id: output.id, featured: !output.featured }).then(reload)
                                  }
                                >
                                  {output.featured
                                    ? t('meetingsPages.outputs.unfeature')
                                    : t('meetingsPages.outputs.feature')}
                                </button>
                              </Show>
                            </>
                          }
                        />
                        <Show when={discussing() === output.id}>
                          <Discussion
                            about={output.id}
                            title={`${t('meetingsPages.outputs.discuss')}: ${output.organisation.name}`}
                          />
                        </Show>
                      </li>
                    )}
                  </For>
                </ul>
              </Show>
            </Show>
            <Show when={hasBegun(props.startsAt)} fallback={<p class="callout">{t('meetingsPages.record.notYet')}</p>}>
              <OutputForm
                workshopId={props.workshopId}
                organisation={member().member.organisation.name}
                onRecorded={reload}
              />
            </Show>
          </>
        )}
      </Show>
    </Section>
  );
}
