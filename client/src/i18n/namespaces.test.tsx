import { cleanup, render, screen } from '@solidjs/testing-library';
import { Suspense } from 'solid-js';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider, lazyWithTexts, namespace, useI18n, type Locale } from './index';

afterEach(() => {
  cleanup();
  localStorage.clear();
});

/** A namespace whose English arrives only when asked for, and says how often it was asked. */
function defineTexts<N extends string>(name: N) {
  const requests = { count: 0 };
  const texts = namespace(name, { greeting: { hello: (who: string) => `Hej ${who}` } }, async () => {
    requests.count++;
    await new Promise((resolve) => setTimeout(resolve, 5));
    return { greeting: { hello: (who: string) => `Hello ${who}` } };
  });
  return { texts, requests };
}

describe('one translator over namespaces', () => {
  it('reads a namespace in Danish first and follows a language switch, with lang and the saved choice', async () => {
    const { texts } = defineTexts('testSwitch');
    let switchTo: ((locale: Locale) => Promise<void>) | undefined;
    function Greeting() {
      const { t, setLocale } = useI18n(texts);
      switchTo = setLocale;
      return (
        <p>
          {t('testSwitch.greeting.hello', 'Anne')} · {t('app.name')}
        </p>
      );
    }
    render(() => (
      <I18nProvider locale="da">
        <Greeting />
      </I18nProvider>
    ));
    expect(screen.getByText('Hej Anne · Vidensbro')).toBeTruthy();
    expect(document.documentElement.lang).toBe('da');

    await switchTo!('en');
    expect(await screen.findByText('Hello Anne · Vidensbro')).toBeTruthy();
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('vidensbro.locale')).toBe('en');

    await switchTo!('da');
    expect(await screen.findByText('Hej Anne · Vidensbro')).toBeTruthy();
    expect(document.documentElement.lang).toBe('da');
  });

  it('shows a lazily loaded part only once its texts are there in the language on screen', async () => {
    const rendered: string[] = [];
    let requests = { count: 0 };
    // As a page chunk does: the namespace is defined when the chunk's modules run.
    const LazyPart = lazyWithTexts(async () => {
      const defined = defineTexts('testLazy');
      requests = defined.requests;
      function Part() {
        const { t } = useI18n(defined.texts);
        rendered.push(t('testLazy.greeting.hello', 'Bo'));
        return <p>{t('testLazy.greeting.hello', 'Bo')}</p>;
      }
      return { default: Part };
    });
    render(() => (
      <I18nProvider locale="en">
        <Suspense fallback={<p>…</p>}>
          <LazyPart />
        </Suspense>
      </I18nProvider>
    ));
    expect(await screen.findByText('Hello Bo')).toBeTruthy();
    // Never a Danish flash before the English arrived, and the English was fetched once.
    expect(rendered).toEqual(['Hello Bo']);
    expect(requests.count).toBe(1);
  });
});
