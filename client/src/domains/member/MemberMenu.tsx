import { DisclosureMenu } from '../../components/DisclosureMenu';
import { ExampleBadge } from '../../components/ui';
import { useI18n } from '../../i18n';
import { paths } from '../../paths';

/** The signed-in member's name opens a short menu of their own pages, and "Log ud". */
export function MemberMenu(props: {
  name: string;
  isExample: boolean;
  organisation: string;
  onSignOut: () => void;
  signingOut: boolean;
}) {
  const { t } = useI18n();
  return (
    <DisclosureMenu
      label={
        <>
          <span class="viewer-menu__name">{props.name}</span>
          <ExampleBadge show={props.isExample} />
        </>
      }
      title={props.organisation}
      listLabel={t('meetings.nav.menu')}
      links={[
        { href: paths.account(), label: t('nav.account') },
        { href: paths.accountSettings(), label: t('nav.settings') },
        { href: paths.myMeetings(), label: t('meetings.nav.myMeetings') },
        { href: paths.digest(), label: t('meetings.nav.digest') },
      ]}
      footer={
        <button
          type="button"
          class="member-menu__sign-out"
          disabled={props.signingOut}
          onClick={() => props.onSignOut()}
        >
          {t('member.signOut')}
        </button>
      }
    />
  );
}
