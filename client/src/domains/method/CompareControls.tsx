import { useI18n } from '../../i18n';
import { A } from '@solidjs/router';
import { Show, createSignal } from 'solid-js';
import { methodsTexts } from '../../i18n/methods';
import { paths } from '../../paths';
import { chosen, clearChosen, isChosen, MAX_COMPARE, toggleChosen, type Chosen } from './compare';

/** "Sammenlign" on a method: a toggle button (aria-pressed) that adds it to, or takes it out of, the comparison. */
export function CompareToggle(props: { method: Chosen }) {
  const { t } = useI18n(methodsTexts);
  const [full, setFull] = createSignal(false);
  const disabled = () => !isChosen(props.method.slug) && chosen().length >= MAX_COMPARE;
  return (
    <span class="compare-toggle">
      <button
        type="button"
        class="button button--small"
        aria-pressed={isChosen(props.method.slug)}
        aria-label={t('methodsPages.compare.add', props.method.name)}
        onClick={() => setFull(!toggleChosen(props.method))}
      >
        {t('methodsPages.compare.action')}
      </button>
      <Show when={full() && disabled()}>
        <span class="muted" role="status">
          {' '}
          {t('methodsPages.compare.full')}
        </span>
      </Show>
    </span>
  );
}

/** What is chosen so far and the way to the comparison; shown once a method is chosen. */
export function CompareTray() {
  const { t } = useI18n(methodsTexts);
  return (
    <Show when={chosen().length > 0}>
      <div class="compare-tray" role="region" aria-label={t('methodsPages.compare.title')}>
        <span>{t('methodsPages.compare.chosen', chosen().length)}</span>
        <Show when={chosen().length >= 2}>
          <A class="button" href={paths.compareMethods(chosen().map((c) => c.slug))}>
            {t('methodsPages.compare.open')}
          </A>
        </Show>
        <button type="button" class="button button--quiet button--small" onClick={clearChosen}>
          {t('methodsPages.compare.clear')}
        </button>
      </div>
    </Show>
  );
}
