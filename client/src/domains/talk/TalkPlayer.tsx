import { For, Show, createEffect, createMemo, createSignal, createUniqueId, on } from 'solid-js';
import type { TalkPlaybackFragment } from '../../graphql/generated/graphql';
import { formatTimestamp } from '../../i18n/format';
import { useI18n } from '../../i18n';
import { activeIndex, highlight, searchSegments } from './playback';

type Talk = TalkPlaybackFragment;

/**
 * Video, chapters and transcript around one playback position. The position is our own signal, fed by the
 * video while it plays and set by chapter clicks, so chapters and transcript keep working when the video
 * cannot load (the demo's media files do not exist).
 */
export function TalkPlayer(props: { talk: Talk }) {
  const { t } = useI18n();
  const [position, setPosition] = createSignal(0);
  const [videoFailed, setVideoFailed] = createSignal(false);
  const [query, setQuery] = createSignal('');
  const [follow, setFollow] = createSignal(true);
  const searchId = createUniqueId();
  let video: HTMLVideoElement | undefined = undefined;
  let transcriptBox: HTMLOListElement | undefined = undefined;

  const chapter = createMemo(() => activeIndex(props.talk.chapters, position()));
  const segment = createMemo(() => activeIndex(props.talk.transcript, position()));
  const matches = createMemo(() => searchSegments(props.talk.transcript, query()));
  const visible = createMemo(() => (query().trim() ? matches() : props.talk.transcript.map((_, index) => index)));

  const seek = (seconds: number) => {
    setPosition(seconds);
    if (!video) return;
    video.currentTime = seconds;
    // Chapters start playback, as on any video site; a browser may refuse autoplay, which is fine.
    if (!videoFailed()) Promise.resolve(video.play()).catch(() => {});
  };

  // Keep the current segment in view inside the transcript box without moving the page.
  createEffect(
    on(segment, (index) => {
      if (!follow() || !transcriptBox || index < 0) return;
      const row = transcriptBox.querySelector<HTMLElement>(`[data-index="${index}"]`);
      if (!row) return;
      const box = transcriptBox;
      const top = row.offsetTop; // the list is position: relative, so this is measured from its top
      if (top < box.scrollTop || top + row.offsetHeight > box.scrollTop + box.clientHeight) {
        box.scrollTop = Math.max(0, top - box.clientHeight / 3);
      }
    }),
  );

  return (
    <div class="talk-player">
      <div class="talk-player__video">
        <Show when={props.talk.videoUrl} fallback={<p class="video-missing">{t('talk.noVideo')}</p>}>
          {(src) => (
            <>
              <video
                ref={(el) => (video = el)}
                src={src()}
                controls
                preload="metadata"
                hidden={videoFailed()}
                onTimeUpdate={(e) => setPosition(e.currentTarget.currentTime)}
                onSeeked={(e) => setPosition(e.currentTarget.currentTime)}
                onError={() => setVideoFailed(true)}
              />
              <Show when={videoFailed()}>
                <p class="video-missing" role="status">
                  {t('talk.videoMissing')}
                </p>
              </Show>
            </>
          )}
        </Show>
      </div>

      <Show when={props.talk.chapters.length}>
        <nav class="chapters" aria-labelledby={`${searchId}-chapters`}>
          <h2 id={`${searchId}-chapters`}>{t('talk.chapters')}</h2>
          <ol>
            <For each={props.talk.chapters}>
              {(item, index) => (
                <li>
                  <button
                    type="button"
                    class="chapter"
                    classList={{ 'is-current': chapter() === index() }}
                    aria-current={chapter() === index() ? 'true' : undefined}
                    onClick={() => seek(item.startSeconds)}
                  >
                    <span class="visually-hidden">{t('talk.jumpTo')} </span>
                    <span class="chapter__time">{formatTimestamp(item.startSeconds)}</span>
                    <span class="chapter__title" lang="da">
                      {item.title}
                    </span>
                  </button>
                </li>
              )}
            </For>
          </ol>
        </nav>
      </Show>

      <section class="transcript" aria-labelledby={`${searchId}-transcript`}>
        <h2 id={`${searchId}-transcript`}>{t('talk.transcript')}</h2>
        <Show when={props.talk.transcript.length} fallback={<p class="muted">{t('talk.noTranscript')}</p>}>
          <div class="transcript__tools">
            <div class="field">
              <label for={searchId}>{t('talk.searchTranscript')}</label>
              <input
                id={searchId}
                type="search"
                value={query()}
                onInput={(e) => setQuery(e.currentTarget.value)}
                autocomplete="off"
              />
            </div>
            <label class="checkbox">
              <input type="checkbox" checked={follow()} onChange={(e) => setFollow(e.currentTarget.checked)} />
              {t('talk.follow')}
            </label>
          </div>
          <p class="result-count" role="status" aria-live="polite">
            {query().trim() ? (matches().length ? t('talk.matches', matches().length) : t('talk.noMatches')) : ''}
          </p>
          <ol class="transcript__list" ref={(el) => (transcriptBox = el)} lang="da">
            <For each={visible()}>
              {(index) => {
                const item = () => props.talk.transcript[index]!;
                return (
                  <li data-index={index} classList={{ 'is-current': segment() === index }}>
                    <button
                      type="button"
                      class="segment"
                      aria-current={segment() === index ? 'true' : undefined}
                      onClick={() => seek(item().startSeconds)}
                    >
                      <span class="segment__time" lang="">
                        {formatTimestamp(item().startSeconds)}
                      </span>
                      <span class="segment__text">
                        <For each={highlight(item().text, query())}>
                          {(part) => (part.hit ? <mark>{part.text}</mark> : part.text)}
                        </For>
                      </span>
                    </button>
                  </li>
                );
              }}
            </For>
          </ol>
        </Show>
      </section>
    </div>
  );
}
