import { A, useLocation } from '@solidjs/router';
import { For, createEffect, createSignal, createUniqueId, on } from 'solid-js';
import { useI18n } from '../../i18n';
import { paths } from '../../paths';
import '../../styles/member-menu.css';

/**
 * The signed-in member's name opens a short menu of their own pages. A disclosure (button + list of links), not an
 * ARIA menu: links stay links, Tab moves through them, Escape closes it and returns to the button.
 */
export function MemberMenu(props: { name: string; organisation: string; onSignOut: () => void; signingOut: boolean }) {
  const { t } = useI18n();
  const id = createUniqueId();
  const location = useLocation();
  const [open, setOpen] = createSignal(false);
  let button: HTMLButtonElement | undefined = undefined;
  createEffect(
    on(
      () => location.pathname,
      () => setOpen(false),
      { defer: true },
    ),
  );

  const links = () => [
    { href: paths.account(), label: t('nav.account') },
    { href: paths.myMeetings(), label: t('meetings.nav.myMeetings') },
    { href: paths.digest(), label: t('meetings.nav.digest') },
  ];

  return (
    <div
      class="member-menu"
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open()) {
          setOpen(false);
          button?.focus();
        }
      }}
      onFocusOut={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={(el) => (button = el)}
        type="button"
        class="member-menu__button"
        title={props.organisation}
        aria-expanded={open()}
        aria-controls={id}
        onClick={() => setOpen((v) => !v)}
      >
        <span class="viewer-menu__name">{props.name}</span>
        <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" class="member-menu__chevron">
          <path d="M2 4l4 4 4-4" fill="none" stroke="currentColor" stroke-width="1.8" />
        </svg>
      </button>
      <ul id={id} class="member-menu__list" hidden={!open()} aria-label={t('meetings.nav.menu')}>
        <For each={links()}>
          {(link) => (
            <li>
              <A href={link.href} end>
                {link.label}
              </A>
            </li>
          )}
        </For>
        <li class="member-menu__separator">
          <button
            type="button"
            class="member-menu__sign-out"
            disabled={props.signingOut}
            onClick={() => props.onSignOut()}
          >
            {t('member.signOut')}
          </button>
        </li>
      </ul>
    </div>
  );
}
