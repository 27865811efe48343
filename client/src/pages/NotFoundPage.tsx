import { A } from '@solidjs/router';
import { usePageTitle } from '../components/pageTitle';
import { PageHeader } from '../components/ui';
import { useI18n } from '../i18n';
import { paths } from '../paths';

export default function NotFoundPage() {
  const { t } = useI18n();
  usePageTitle(() => t('state.pageNotFound'));
  return (
    <div class="page">
      <PageHeader title={t('state.pageNotFound')} lead={t('state.pageNotFoundText')} />
      <p>
        <A href={paths.home()} class="button">
          {t('state.backHome')}
        </A>
      </p>
    </div>
  );
}
