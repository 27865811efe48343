import { Route, Router } from '@solidjs/router';
import { Provider } from '@urql/solid';
import { Layout } from './components/Layout';
import { createApiClient } from './graphql/client';
import { I18nProvider, lazyWithTexts, type Locale } from './i18n';

// Every page is its own chunk: a reader who opens a case link downloads only the case page.
const HomePage = lazyWithTexts(() => import('./pages/HomePage'));
const SearchPage = lazyWithTexts(() => import('./pages/SearchPage'));
const MethodsPage = lazyWithTexts(() => import('./pages/MethodsPage'));
const MethodPage = lazyWithTexts(() => import('./pages/MethodPage'));
const CasesPage = lazyWithTexts(() => import('./pages/CasesPage'));
const CasePage = lazyWithTexts(() => import('./pages/CasePage'));
const StudyPage = lazyWithTexts(() => import('./pages/StudyPage'));
const TalkPage = lazyWithTexts(() => import('./pages/TalkPage'));
const EventsPage = lazyWithTexts(() => import('./pages/EventsPage'));
const EventPage = lazyWithTexts(() => import('./pages/EventPage'));
const WorkshopPage = lazyWithTexts(() => import('./pages/WorkshopPage'));
const ReportPage = lazyWithTexts(() => import('./pages/ReportPage'));
const TopicsPage = lazyWithTexts(() => import('./pages/TopicsPage'));
const TopicPage = lazyWithTexts(() => import('./pages/TopicPage'));
const OrganisationsPage = lazyWithTexts(() => import('./pages/OrganisationsPage'));
const OrganisationPage = lazyWithTexts(() => import('./pages/OrganisationPage'));
const ThreadPage = lazyWithTexts(() => import('./pages/ThreadPage'));
const MemberPage = lazyWithTexts(() => import('./pages/MemberPage'));
const NotificationsPage = lazyWithTexts(() => import('./pages/NotificationsPage'));
const AccountPage = lazyWithTexts(() => import('./pages/AccountPage'));
const AccountSettingsPage = lazyWithTexts(() => import('./pages/AccountSettingsPage'));
const InvitationPage = lazyWithTexts(() => import('./pages/InvitationPage'));
const PrivacyPage = lazyWithTexts(() => import('./pages/PrivacyPage'));
const ProposeCasePage = lazyWithTexts(() => import('./pages/ProposeCasePage'));
// Editors' and administrators' pages: their code never loads for readers.
const EditorPage = lazyWithTexts(() => import('./pages/EditorPage'));
const DraftsPage = lazyWithTexts(() => import('./pages/DraftsPage'));
const ModerationPage = lazyWithTexts(() => import('./pages/ModerationPage'));
const OrganisationMembersPage = lazyWithTexts(() => import('./pages/OrganisationMembersPage'));
const MyMeetingsPage = lazyWithTexts(() => import('./pages/MyMeetingsPage'));
const DigestPage = lazyWithTexts(() => import('./pages/DigestPage'));
const SharedPage = lazyWithTexts(() => import('./pages/SharedPage'));
const SignInPage = lazyWithTexts(() => import('./pages/SignInPage'));
const MemberOrganisationsPage = lazyWithTexts(() => import('./pages/MemberOrganisationsPage'));
const MembershipApplyPage = lazyWithTexts(() => import('./pages/MembershipApplyPage'));
const MembershipAdminPage = lazyWithTexts(() => import('./pages/MembershipAdminPage'));
const GapsPage = lazyWithTexts(() => import('./pages/GapsPage'));
const NotFoundPage = lazyWithTexts(() => import('./pages/NotFoundPage'));
const ForgotPasswordPage = lazyWithTexts(() => import('./pages/ForgotPasswordPage'));
const ResetPasswordPage = lazyWithTexts(() => import('./pages/ResetPasswordPage'));
const MethodComparePage = lazyWithTexts(() => import('./pages/MethodComparePage'));
const MethodSummaryPage = lazyWithTexts(() => import('./pages/MethodSummaryPage'));
const HowWeRatePage = lazyWithTexts(() => import('./pages/HowWeRatePage'));

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
