import { Suspense } from 'solid-js';
import { Loading } from '../../components/QueryView';
import { lazyWithTexts } from '../../i18n';

// Shown once its texts are there in the reader's language, as pages are.
const Section = lazyWithTexts(() => import('./DiscussionSection').then((m) => ({ default: m.DiscussionSection })));

/**
 * The discussion below an item, loaded after the item itself: it sits below the fold, and a reader who only
 * reads the case should not download the comment forms.
 */
export function Discussion(props: { about: string; title: string }) {
  return (
    <Suspense fallback={<Loading />}>
      <Section about={props.about} title={props.title} />
    </Suspense>
  );
}
