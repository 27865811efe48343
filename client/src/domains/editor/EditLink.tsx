import { A } from '@solidjs/router';
import { Show, Suspense } from 'solid-js';
import { lazyWithTexts, useI18n } from '../../i18n';
import { paths } from '../../paths';
import { createViewer } from '../member/hooks';
import { isEditor } from './roles';

const ContentState = lazyWithTexts(() => import('./ContentState'));

/**
 * "Redigér" on a content page, for editors; for a member also on their own organisation's unpublished case
 * proposal (the API lets them change it until an editor publishes it). Beside it the item's state: a draft
 * banner with "Udgiv" for editors, and the confirmation of a save. Readers never see it, and its code loads only
 * for those who may edit.
 */
export function EditLink(props: {
  id: string;
  title: string;
  ownDraft?: { organisationId: string; published: boolean };
}) {
  const { t } = useI18n();
  const [viewer] = createViewer();
  const allowed = () => {
    const me = viewer.data?.viewer;
    if (!me) return false;
    if (isEditor(me.role)) return true;
    const own = props.ownDraft;
    return Boolean(own && !own.published && own.organisationId === me.member.organisation.id);
  };
  return (
    <Show when={allowed()}>
      <Suspense>
        <ContentState id={props.id} canPublish={isEditor(viewer.data?.viewer?.role)} />
      </Suspense>
      <p class="page-header__badges">
        <A class="button button--quiet" href={paths.edit(props.id)}>
          {t('editorNav.edit')}
          <span class="visually-hidden">{t('editorNav.editLabel', props.title)}</span>
        </A>
      </p>
    </Show>
  );
}
