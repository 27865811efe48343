import { A, useLocation, type RouteSectionProps } from '@solidjs/router';
import { For, Suspense, createEffect, on } from 'solid-js';
import { lazyWithTexts, useI18n } from '../i18n';
import { paths } from '../paths';
import { ViewerMenu } from '../domains/member/ViewerMenu';
import { NotificationBadge } from '../domains/notification/NotificationBadge';
import { Loading } from './QueryView';
import { createHeaderFit } from './headerFit';

// Lazy: the notice is rare, and the first page of every visit should not carry its code.
const RenewalBanner = lazyWithTexts(() => import('../domains/membership/RenewalBanner'));

function LanguageSwitch() {
  const { t, locale, setLocale } = useI18n();
  const other = () => (locale() === 'da' ? 'en' : 'da');
  return (
    <button
      type="button"
      class="lang-switch"
      lang={other()}
      aria-label={t('app.switchToLabel')}
      onClick={() => void setLocale(other())}
    >
      {t('app.switchTo')}
    </button>
  );
}

/** The frame around every page: skip link, header with menu and language, main, footer. */
export function Layout(props: RouteSectionProps) {
  const { t } = useI18n();
  const location = useLocation();
  let main: HTMLElement | undefined = undefined;
  const header = createHeaderFit();

  // After client-side navigation, move focus to the new page so screen readers and keyboards start there.
  createEffect(
    on(
      () => location.pathname,
      () => {
        main?.focus({ preventScroll: true });
        window.scrollTo(0, 0);
      },
      { defer: true },
    ),
  );

  const nav = [
    { href: paths.methods(), key: 'nav.methods' },
    { href: paths.cases(), key: 'nav.cases' },
    { href: paths.events(), key: 'nav.events' },
    { href: paths.topics(), key: 'nav.topics' },
    { href: paths.organisations(), key: 'nav.organisations' },
    { href: paths.search(), key: 'nav.search' },
  ] as const;

  return (
    <>
      <a
        class="skip-link"
        href="#main"
        onClick={(e) => {
          // The router would treat #main as a navigation; a skip link only moves focus.
          e.preventDefault();
          main?.focus();
          main?.scrollIntoView();
        }}
      >
        {t('app.skip')}
      </a>
      <header class="site-header" classList={{ 'site-header--stacked': header.stacked() }}>
        <div class="site-header__inner" ref={header.ref}>
          <A href={paths.home()} class="brand" end>
            <svg class="brand__mark" viewBox="0 0 32 32" aria-hidden="true" width="32" height="32">
              <path d="M3 22c5-9 21-9 26 0" fill="none" stroke="currentColor" stroke-width="3" stroke-linecap="round" />
              <path d="M8 22v5M16 17v10M24 22v5" stroke="currentColor" stroke-width="3" stroke-linecap="round" />
            </svg>
            <span class="brand__name">{t('app.name')}</span>
          </A>
          <nav class="site-nav" aria-label={t('app.mainNav')}>
            <ul>
              <For each={nav}>
                {(item) => (
                  <li>
                    <A href={item.href} activeClass="is-active">
                      {t(item.key)}
                    </A>
                  </li>
                )}
              </For>
            </ul>
          </nav>
          <div class="site-header__tools">
            <NotificationBadge />
            <ViewerMenu />
            <LanguageSwitch />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} ref={(el) => (main = el)}>
        <Suspense>
          <RenewalBanner />
        </Suspense>
        <Suspense fallback={<Loading />}>{props.children}</Suspense>
      </main>
      <footer class="site-footer">
        <div class="site-footer__inner">
          <p>{t('app.footer')}</p>
          <p class="site-footer__links">
            <A href={paths.memberOrganisations()}>{t('membership.nav.members')}</A>
            <A href={paths.membershipApply()}>{t('membership.nav.apply')}</A>
            <A href={paths.gaps()}>{t('gaps.title')}</A>
            <A href={paths.privacy()}>{t('nav.privacy')}</A>
            <a href="/explorer">{t('app.footerApi')}</a>
          </p>
        </div>
      </footer>
    </>
  );
}
