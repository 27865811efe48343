import {
  For,
  Show,
  createEffect,
  createMemo,
  createSignal,
  createUniqueId,
  on,
  type Accessor,
  type JSX,
} from 'solid-js';
import type { TalkPlaybackFragment } from '../../graphql/generated/graphql';
import { problemOf } from '../../graphql/errors';
import { formatTimestamp } from '../../i18n/format';
import { useI18n } from '../../i18n';
import { Marked } from '../search/Marked';
import type { TranscriptSearch } from './hooks';
import { activeIndex } from './playback';
import { TalkVideo } from './TalkVideo';

type Talk = TalkPlaybackFragment;

/**
 * Video, chapters and transcript around one playback position. The position is our own signal, fed by the
 * video while it plays and set by chapter clicks, so chapters and transcript keep working when the video
 * cannot load, or plays in a video host's iframe we cannot drive.
 *
 * `search` starts the transcript search for a query (the page decides how the talk is reached: by its slug, or
 * through a share link); its matches replace the transcript while there is a query, and choosing one seeks to it.
 */
export function TalkPlayer(props: {
  talk: Talk;
  search: (query: Accessor<string>) => TranscriptSearch;
  /** Appended to the talk's media addresses, e.g. a share link's secret. */
  mediaQuery?: string;
}) {
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
  // Started once: the page hands in how this talk is searched, which does not change while it is shown; the
  // query goes as an accessor, which the search tracks itself.
  // eslint-disable-next-line solid/reactivity
  const found = props.search(query);
  const searching = () => query().trim().length > 0;
  const matches = () => found.page()?.nodes ?? [];
  const status = () => {
    if (!searching()) return '';
    const error = found.error();
    if (error) return t(`state.${problemOf(error) ?? 'unknown'}`);
    const page = found.page();
    if (!page) return found.pending() ? t('talk.searching') : '';
    if (page.totalCount === 0) return t('talk.noMatches');
    const shown = page.nodes.length;
    return page.totalCount > shown
      ? `${t('talk.matches', page.totalCount)}. ${t('talk.firstMatches', shown)}`
      : t('talk.matches', page.totalCount);
  };

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
        <TalkVideo
          talk={props.talk}
          mediaQuery={props.mediaQuery}
          ref={(el) => (video = el)}
          onTime={setPosition}
          onFailed={() => setVideoFailed(true)}
          failed={videoFailed()}
        />
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
                aria-describedby={`${searchId}-hint`}
              />
              <p class="field__hint" id={`${searchId}-hint`}>
                {t('talk.searchHint')}
              </p>
            </div>
            <label class="checkbox">
              <input type="checkbox" checked={follow()} onChange={(e) => setFollow(e.currentTarget.checked)} />
              {t('talk.follow')}
            </label>
          </div>
          <p class="result-count" role="status" aria-live="polite" aria-busy={searching() && found.pending()}>
            {status()}
          </p>
          <ol class="transcript__list" ref={(el) => (transcriptBox = el)} lang="da">
            <Show
              when={searching()}
              fallback={
                <For each={props.talk.transcript}>
                  {(item, index) => (
                    <Segment
                      index={index()}
                      current={segment() === index()}
                      startSeconds={item.startSeconds}
                      onSeek={seek}
                    >
                      {item.text}
                    </Segment>
                  )}
                </For>
              }
            >
              <For each={matches()}>
                {(match) => (
                  <Segment
                    index={match.index}
                    current={segment() === match.index}
                    startSeconds={match.startSeconds}
                    onSeek={seek}
                  >
                    <Marked html={match.snippet} />
                  </Segment>
                )}
              </For>
            </Show>
          </ol>
        </Show>
      </section>
    </div>
  );
}

/** One transcript line: its time and text, as a button that seeks the video there. */
function Segment(props: {
  index: number;
  current: boolean;
  startSeconds: number;
  onSeek: (seconds: number) => void;
  children: JSX.Element;
}) {
  return (
    <li data-index={props.index} classList={{ 'is-current': props.current }}>
      <button
        type="button"
        class="segment"
        aria-current={props.current ? 'true' : undefined}
        onClick={() => props.onSeek(props.startSeconds)}
      >
        <span class="segment__time" lang="">
          {formatTimestamp(props.startSeconds)}
        </span>
        <span class="segment__text">{props.children}</span>
      </button>
    </li>
  );
}
