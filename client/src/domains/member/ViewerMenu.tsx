import { A, useLocation } from '@solidjs/router';
import { Show } from 'solid-js';
import { useI18n } from '../../i18n';
import { paths } from '../../paths';
import { createSignOut, createViewer, restartAt } from './hooks';
import { MemberMenu } from './MemberMenu';
import { StaffMenu } from '../editor/StaffMenu';

/** The header's account corner: "Log ind", or the member's menu (with "Log ud") and, for staff, their menu. */
export function ViewerMenu() {
  const { t } = useI18n();
  const location = useLocation();
  const [viewer] = createViewer();
  const [signOut, doSignOut] = createSignOut();
  return (
    <div class="viewer-menu">
      <Show
        when={viewer.data?.viewer}
        fallback={
          <A
            href={paths.signIn(location.pathname === paths.signIn() ? undefined : location.pathname)}
            class="viewer-menu__link"
          >
            {t('member.signIn')}
          </A>
        }
      >
        {(me) => (
          <>
            <MemberMenu
              name={me().member.name}
              isExample={me().member.isExample}
              organisation={me().member.organisation.name}
              signingOut={signOut.fetching}
              onSignOut={() => void doSignOut({}).then(() => restartAt(paths.home()))}
            />
            <StaffMenu role={me().role} />
          </>
        )}
      </Show>
    </div>
  );
}
