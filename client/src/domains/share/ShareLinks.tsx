import { A } from '@solidjs/router';
import { For, Show } from 'solid-js';
import { Loading, Problem } from '../../components/QueryView';
import { Section } from '../../components/ui';
import type { ShareLinkFieldsFragment } from '../../graphql/generated/graphql';
import { formatShortDate } from '../../i18n/format';
import { useI18n } from '../../i18n';
import { meetingsTexts } from '../../i18n/meetings-pages';
import { paths } from '../../paths';
import { createMyShareLinks, createRevokeShareLink } from './hooks';
import { linkStatus } from './links';

/** "Delte links" on the account page: the member's share links, with a revoke button on the working ones. */
export function ShareLinks() {
  const { t, tag } = useI18n(meetingsTexts);
  const [state, refetch] = createMyShareLinks();
  const [revoking, revoke] = createRevokeShareLink();
  const links = () => state.data?.viewer?.shareLinks ?? [];
  const title = (link: ShareLinkFieldsFragment) => link.item?.title ?? t('meetingsPages.links.gone');
  const href = (link: ShareLinkFieldsFragment) =>
    link.item ? (link.subjectType === 'Report' ? paths.report(link.item.slug) : paths.talk(link.item.slug)) : undefined;

  const doRevoke = async (link: ShareLinkFieldsFragment) => {
    if (!window.confirm(t('meetingsPages.links.confirmRevoke', title(link)))) return;
    await revoke({ id: link.id });
    refetch({ requestPolicy: 'network-only' });
  };

  return (
    <Section title={t('meetingsPages.links.title')} id="links">
      <p>{t('meetingsPages.links.intro')}</p>
      <Show when={state.data} fallback={state.error ? <Problem error={state.error} /> : <Loading />}>
        <Show when={links().length} fallback={<p class="muted">{t('meetingsPages.links.none')}</p>}>
          <div class="table-wrap">
            <table class="table">
              <caption class="visually-hidden">{t('meetingsPages.links.table')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('meetingsPages.links.item')}</th>
                  <th scope="col">{t('meetingsPages.links.created')}</th>
                  <th scope="col">{t('meetingsPages.links.expires')}</th>
                  <th scope="col">{t('meetingsPages.links.lastUsed')}</th>
                  <th scope="col">{t('meetingsPages.links.status')}</th>
                  <th scope="col">
                    <span class="visually-hidden">{t('meetingsPages.links.revoke')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                <For each={links()}>
                  {(link) => (
                    <tr>
                      <th scope="row">
                        <span class="muted">
                          {t(`meetingsPages.links.${link.subjectType === 'Report' ? 'Report' : 'Talk'}`)}:{' '}
                        </span>
                        <Show when={href(link)} fallback={title(link)}>
                          {(h) => (
                            <A href={h()} lang="da">
                              {title(link)}
                            </A>
                          )}
                        </Show>
                      </th>
                      <td>{formatShortDate(link.createdAt, tag())}</td>
                      <td>
                        {link.expiresAt ? formatShortDate(link.expiresAt, tag()) : t('meetingsPages.links.noExpiry')}
                      </td>
                      <td>
                        {link.lastUsedAt ? formatShortDate(link.lastUsedAt, tag()) : t('meetingsPages.links.never')}
                      </td>
                      <td>{t(`meetingsPages.links.${linkStatus(link)}`)}</td>
                      <td>
                        <Show when={linkStatus(link) === 'active' || linkStatus(link) === 'paused'}>
                          <button
                            type="button"
                            class="link-button link-button--danger"
                            disabled={revoking.fetching}
                            aria-label={t('meetingsPages.links.revokeLabel', title(link))}
                            onClick={() => void doRevoke(link)}
                          >
                            {t('meetingsPages.links.revoke')}
                          </button>
                        </Show>
                      </td>
                    </tr>
                  )}
                </For>
              </tbody>
            </table>
          </div>
        </Show>
      </Show>
    </Section>
  );
}
