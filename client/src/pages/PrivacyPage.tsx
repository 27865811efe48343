import { usePageTitle } from '../components/pageTitle';
import { useI18n } from '../i18n';
import { A } from '@solidjs/router';
import { For } from 'solid-js';
import { PageHeader } from '../components/ui';
import { pageTexts } from '../i18n/pages';
import { paths } from '../paths';

/** What Vidensbro stores and why, in the interface language. */
export default function PrivacyPage() {
  const { t } = useI18n(pageTexts);
  const text = () => t('pages.privacy');
  usePageTitle(() => t('pages.privacy.title'));
  return (
    <div class="page page--narrow">
      <PageHeader title={text().title} lead={text().lead} />
      <div class="prose">
        <For each={text().sections}>
          {(section) => (
            <section>
              <h2>{section.heading}</h2>
              <For each={section.body}>{(paragraph) => <p>{paragraph}</p>}</For>
            </section>
          )}
        </For>
      </div>
      <p>
        <A href={paths.account()}>{text().toAccount}</A>
      </p>
    </div>
  );
}
