import { A, useLocation } from '@solidjs/router';
import { For, Show, createEffect, createSignal, createUniqueId, on } from 'solid-js';
import type { MemberRole } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n';
import { paths } from '../../paths';
import { isEditor, isOrgAdmin } from './roles';
import '../../styles/staff-menu.css';

/**
 * Editors' and organisation admins' pages, by role, as a disclosure beside the member's own menu (button + list
 * of links; Escape closes it and returns to the button). Members without a staff role see nothing.
 */
export function StaffMenu(props: { role: MemberRole }) {
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
    ...(isEditor(props.role)
      ? [
          { href: paths.newContent(), label: t('editorNav.newContent') },
          { href: paths.drafts(), label: t('editorNav.drafts') },
          { href: paths.moderation(), label: t('editorNav.moderation') },
        ]
      : []),
    ...(isOrgAdmin(props.role) ? [{ href: paths.organisationMembers(), label: t('editorNav.members') }] : []),
  ];

  return (
    <Show when={links().length}>
      <div
        class="member-menu staff-menu"
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
          aria-expanded={open()}
          aria-controls={id}
          onClick={() => setOpen((v) => !v)}
        >
          <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" class="staff-menu__icon">
            <path
              d="M3 17h3l9-9-3-3-9 9v3zM12 5l3 3"
              fill="none"
              stroke="currentColor"
              stroke-width="1.8"
              stroke-linejoin="round"
            />
          </svg>
          <span class="staff-menu__label">{isEditor(props.role) ? t('editorNav.staff') : t('editorNav.admin')}</span>
          <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" class="member-menu__chevron">
            <path d="M2 4l4 4 4-4" fill="none" stroke="currentColor" stroke-width="1.8" />
          </svg>
        </button>
        <ul id={id} class="member-menu__list" hidden={!open()}>
          <For each={links()}>
            {(link) => (
              <li>
                <A href={link.href} end>
                  {link.label}
                </A>
              </li>
            )}
          </For>
        </ul>
      </div>
    </Show>
  );
}
