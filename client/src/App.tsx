import { Route, Router } from '@solidjs/router';
import { Provider } from '@urql/solid';
import { lazy } from 'solid-js';
import { Layout } from './components/Layout';
import { createApiClient } from './graphql/client';
import { I18nProvider, type Locale } from './i18n';

// Every page is its own chunk: a reader who opens a case link downloads only the case page.
const HomePage = lazy(() => import('./pages/HomePage'));
const SearchPage = lazy(() => import('./pages/SearchPage'));
const MethodsPage = lazy(() => import('./pages/MethodsPage'));
const MethodPage = lazy(() => import('./pages/MethodPage'));
const CasesPage = lazy(() => import('./pages/CasesPage'));
const CasePage = lazy(() => import('./pages/CasePage'));
const StudyPage = lazy(() => import('./pages/StudyPage'));
const TalkPage = lazy(() => import('./pages/TalkPage'));
const EventsPage = lazy(() => import('./pages/EventsPage'));
const EventPage = lazy(() => import('./pages/EventPage'));
const WorkshopPage = lazy(() => import('./pages/WorkshopPage'));
const ReportPage = lazy(() => import('./pages/ReportPage'));
const TopicsPage = lazy(() => import('./pages/TopicsPage'));
const TopicPage = lazy(() => import('./pages/TopicPage'));
const OrganisationsPage = lazy(() => import('./pages/OrganisationsPage'));
const OrganisationPage = lazy(() => import('./pages/OrganisationPage'));
const ThreadPage = lazy(() => import('./pages/ThreadPage'));
const MemberPage = lazy(() => import('./pages/MemberPage'));
const NotificationsPage = lazy(() => import('./pages/NotificationsPage'));
const AccountPage = lazy(() => import('./pages/AccountPage'));
const AccountSettingsPage = lazy(() => import('./pages/AccountSettingsPage'));
const InvitationPage = lazy(() => import('./pages/InvitationPage'));
const PrivacyPage = lazy(() => import('./pages/PrivacyPage'));
const ProposeCasePage = lazy(() => import('./pages/ProposeCasePage'));
// Editors' and administrators' pages: their code never loads for readers.
const EditorPage = lazy(() => import('./pages/EditorPage'));
const DraftsPage = lazy(() => import('./pages/DraftsPage'));
const ModerationPage = lazy(() => import('./pages/ModerationPage'));
const OrganisationMembersPage = lazy(() => import('./pages/OrganisationMembersPage'));
const MyMeetingsPage = lazy(() => import('./pages/MyMeetingsPage'));
const DigestPage = lazy(() => import('./pages/DigestPage'));
const SharedPage = lazy(() => import('./pages/SharedPage'));
const SignInPage = lazy(() => import('./pages/SignInPage'));
const MemberOrganisationsPage = lazy(() => import('./pages/MemberOrganisationsPage'));
const MembershipApplyPage = lazy(() => import('./pages/MembershipApplyPage'));
const MembershipAdminPage = lazy(() => import('./pages/MembershipAdminPage'));
const GapsPage = lazy(() => import('./pages/GapsPage'));
const NotFoundPage = lazy(() => import('./pages/NotFoundPage'));
const ForgotPasswordPage = lazy(() => import('./pages/ForgotPasswordPage'));
const ResetPasswordPage = lazy(() => import('./pages/ResetPasswordPage'));
const MethodComparePage = lazy(() => import('./pages/MethodComparePage'));
const MethodSummaryPage = lazy(() => import('./pages/MethodSummaryPage'));
const HowWeRatePage = lazy(() => import('./pages/HowWeRatePage'));

export function App(props: { apiUrl?: string; locale?: Locale }) {
  // One client for the app's lifetime: the API address does not change while the page is open.
  // eslint-disable-next-line solid/reactivity
  const client = createApiClient(props.apiUrl);
  return (
    <I18nProvider locale={props.locale}>
      <Provider value={client}>
        <Router root={Layout}>
          <Route path="/" component={HomePage} />
          <Route path="/search" component={SearchPage} />
          <Route path="/methods" component={MethodsPage} />
          <Route path="/methods/:slug" component={MethodPage} />
          <Route path="/cases" component={CasesPage} />
          <Route path="/cases/new" component={ProposeCasePage} />
          <Route path="/cases/:slug" component={CasePage} />
          <Route path="/studies/:slug" component={StudyPage} />
          <Route path="/talks/:slug" component={TalkPage} />
          <Route path="/events" component={EventsPage} />
          <Route path="/events/:slug" component={EventPage} />
          <Route path="/workshops/:slug" component={WorkshopPage} />
          <Route path="/reports/:slug" component={ReportPage} />
          <Route path="/topics" component={TopicsPage} />
          <Route path="/gaps" component={GapsPage} />
          <Route path="/topics/:slug" component={TopicPage} />
          <Route path="/organisations" component={OrganisationsPage} />
          <Route path="/organisations/:slug" component={OrganisationPage} />
          <Route path="/threads/:id" component={ThreadPage} />
          <Route path="/members/:id" component={MemberPage} />
          <Route path="/notifications" component={NotificationsPage} />
          <Route path="/account" component={AccountPage} />
          <Route path="/account/settings" component={AccountSettingsPage} />
          <Route path="/invitation/:secret" component={InvitationPage} />
          <Route path="/privacy" component={PrivacyPage} />
          <Route path="/my/meetings" component={MyMeetingsPage} />
          <Route path="/digest" component={DigestPage} />
          <Route path="/shared/:secret" component={SharedPage} />
          <Route path={['/edit/new', '/edit/new/:type', '/edit/:id']} component={EditorPage} />
          <Route path="/drafts" component={DraftsPage} />
          <Route path="/moderation" component={ModerationPage} />
          <Route path="/organisation/members" component={OrganisationMembersPage} />
          <Route path="/sign-in" component={SignInPage} />
          <Route path="/forgot-password" component={ForgotPasswordPage} />
          <Route path="/reset-password/:secret" component={ResetPasswordPage} />
          <Route path="/membership" component={MemberOrganisationsPage} />
          <Route path="/membership/apply" component={MembershipApplyPage} />
          <Route path="/admin/membership" component={MembershipAdminPage} />
          <Route path="/methods/compare" component={MethodComparePage} />
          <Route path="/methods/:slug/summary" component={MethodSummaryPage} />
          <Route path="/evidence/how-we-rate" component={HowWeRatePage} />
          <Route path="*404" component={NotFoundPage} />
        </Router>
      </Provider>
    </I18nProvider>
  );
}
