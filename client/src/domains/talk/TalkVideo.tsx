import { Match, Show, Switch, createSignal } from 'solid-js';
import type { TalkPlaybackFragment } from '../../graphql/generated/graphql';
import { useI18n } from '../../i18n';
import '../../styles/media.css';

type Talk = TalkPlaybackFragment;

/**
 * The talk's video, as the server says to play it (Talk.video):
 * - FILE: our own <video>, with Danish captions and a chapters track built from the transcript;
 * - EMBED: a click-to-load facade. Nothing is requested from the video host until the viewer clicks (no
 *   thumbnail, no script); then the host's privacy-friendly embed address loads in an iframe;
 * - LINK: a plain link to the video's page.
 * `mediaQuery` is appended to our media addresses (a share link's secret on /shared pages).
 */
export function TalkVideo(props: {
  talk: Talk;
  mediaQuery?: string;
  ref: (video: HTMLVideoElement) => void;
  onTime: (seconds: number) => void;
  onFailed: () => void;
  failed: boolean;
}) {
  const { t } = useI18n();
  const [loaded, setLoaded] = createSignal(false);
  const own = (url: string) => `${url}${props.mediaQuery ?? ''}`;
  return (
    <Show when={props.talk.video} fallback={<p class="video-missing">{t('talk.noVideo')}</p>}>
      {(video) => (
        <Switch>
          <Match when={video().kind === 'FILE'}>
            <video
              ref={(el) => props.ref(el)}
              src={own(video().src)}
              controls
              preload="metadata"
              hidden={props.failed}
              onTimeUpdate={(e) => props.onTime(e.currentTarget.currentTime)}
              onSeeked={(e) => props.onTime(e.currentTarget.currentTime)}
              onError={() => props.onFailed()}
            >
              <Show when={props.talk.captionsUrl}>
                {(url) => <track kind="captions" srclang="da" label={t('media.captions')} src={own(url())} default />}
              </Show>
              <Show when={props.talk.chaptersUrl}>
                {(url) => <track kind="chapters" srclang="da" label={t('media.chapterTrack')} src={own(url())} />}
              </Show>
            </video>
            <Show when={props.failed}>
              <p class="video-missing" role="status">
                {t('talk.videoMissing')}
              </p>
            </Show>
          </Match>
          <Match when={video().kind === 'EMBED'}>
            <Show
              when={loaded()}
              fallback={
                <div class="video-facade">
                  <button type="button" class="button video-facade__play" onClick={() => setLoaded(true)}>
                    {t('media.embedPlay', video().provider ?? '')}
                  </button>
                  <p class="video-facade__notice">{t('media.embedNotice', video().provider ?? '')}</p>
                  <Show when={video().pageUrl}>
                    {(page) => (
                      <a href={page()} rel="noopener noreferrer" target="_blank">
                        {t('media.embedOpen', video().provider ?? '')}
                      </a>
                    )}
                  </Show>
                </div>
              }
            >
              {/* Only the origin travels as referrer: some hosts refuse embeds without one, and the path
                  (a share secret on /shared pages) must never leave the site. */}
              <iframe
                class="video-embed"
                src={video().src}
                title={t('media.embedTitle', props.talk.title, video().provider ?? '')}
                allow="autoplay; fullscreen; picture-in-picture; encrypted-media"
                allowfullscreen
                referrerpolicy="strict-origin"
                lang="da"
              />
            </Show>
          </Match>
          <Match when={video().kind === 'LINK'}>
            <p class="video-missing">
              {t('media.linkNotice')}{' '}
              <a href={video().src} rel="noopener noreferrer" target="_blank">
                {t('media.link')}
              </a>
            </p>
          </Match>
        </Switch>
      )}
    </Show>
  );
}
