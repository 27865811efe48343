import { Show } from 'solid-js';
import { DisclosureMenu } from '../../components/DisclosureMenu';
import type { MemberRole } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n';
import { paths } from '../../paths';
import { isEditor, isOrgAdmin } from './roles';
import '../../styles/staff-menu.css';

/**
 * Editors' and organisation admins' pages, by role, as a disclosure beside the member's own menu (button + list
 * of links). Members without a staff role see nothing.
 */
export function StaffMenu(props: { role: MemberRole }) {
  const { t } = useI18n();
  const links = () => [
    ...(isEditor(props.role)
      ? [
          { href: paths.newContent(), label: t('editorNav.newContent') },
          { href: paths.drafts(), label: t('editorNav.drafts') },
          { href: paths.moderation(), label: t('editorNav.moderation') },
        ]
      : []),
    ...(isOrgAdmin(props.role) ? [{ href: paths.organisationMembers(), label: t('editorNav.members') }] : []),
    ...(props.role === 'ADMIN' ? [{ href: paths.membershipAdmin(), label: t('membership.nav.admin') }] : []),
  ];
  return (
    <Show when={links().length}>
      <DisclosureMenu
        class="staff-menu"
        links={links()}
        label={
          <>
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
          </>
        }
      />
    </Show>
  );
}
