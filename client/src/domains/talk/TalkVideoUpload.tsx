import { Show, createSignal, createUniqueId } from 'solid-js';
import { FormErrors, type UserErrorLike } from '../../components/userErrors';
import { useI18n } from '../../i18n';
import { useOutcome } from '../discussion/outcome';
import { createAttachTalkVideo } from './hooks';

const TYPES = ['video/mp4', 'video/webm'];
/** Pieces of 8 MiB: a broken connection repeats at most one piece, and each request stays small. */
const CHUNK = 8 * 1024 * 1024;

/**
 * Uploads a talk's video over tus (tus-js-client) to /media/uploads and attaches it to the talk. The browser
 * remembers unfinished uploads by file, so choosing the same file again resumes where it stopped. The server
 * checks the type from the file's own bytes; the `accept` filter here only helps the editor pick.
 */
export function TalkVideoUpload(props: { talkId: string; onChanged: () => void }) {
  const { t } = useI18n();
  const [, attachTalkVideo] = createAttachTalkVideo();
  const outcome = useOutcome();
  const id = createUniqueId();
  const [file, setFile] = createSignal<File | null>(null);
  const [progress, setProgress] = createSignal<number | null>(null);
  const [status, setStatus] = createSignal('');
  const [errors, setErrors] = createSignal<readonly UserErrorLike[]>([]);

  const attach = async (uploadUrl: string) => {
    const result = await attachTalkVideo({ id: props.talkId, upload: uploadUrl.split('/').pop() ?? '' });
    const found = outcome(result, result.data?.updateTalk.userErrors);
    setErrors(found);
    if (!found.length) {
      setStatus(t('media.upload.done'));
      props.onChanged();
    }
  };

  const start = async (event: SubmitEvent) => {
    event.preventDefault();
    const chosen = file();
    if (!chosen) return;
    if (!TYPES.includes(chosen.type)) return setStatus(t('media.upload.wrongType'));
    setStatus('');
    setErrors([]);
    setProgress(0);
    // Loaded when an editor starts an upload, so the edit page itself stays light.
    const { Upload } = await import('tus-js-client');
    const upload = new Upload(chosen, {
      endpoint: '/media/uploads',
      chunkSize: CHUNK,
      retryDelays: [0, 1000, 3000, 5000],
      metadata: { filetype: chosen.type, filename: chosen.name },
      onProgress: (sent, total) => setProgress(total ? Math.floor((sent / total) * 100) : 0),
      onError: () => {
        setProgress(null);
        setStatus(t('media.upload.failed'));
      },
      onSuccess: () => void attach(upload.url ?? ''),
    });
    const previous = await upload.findPreviousUploads();
    if (previous[0]) upload.resumeFromPreviousUpload(previous[0]);
    upload.start();
  };

  return (
    <section class="section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('media.upload.title')}</h2>
      <form class="form" onSubmit={(e) => void start(e)}>
        <div class="field">
          <label for={id}>{t('media.upload.file')}</label>
          <input
            id={id}
            type="file"
            accept={TYPES.join(',')}
            aria-describedby={`${id}-hint`}
            onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
          />
          <p class="field__hint" id={`${id}-hint`}>
            {t('media.upload.hint')}
          </p>
        </div>
        <Show when={progress() !== null}>
          <label class="field">
            {t('media.upload.progress')}
            <progress max={100} value={progress() ?? 0}>
              {progress()} %
            </progress>
          </label>
        </Show>
        <FormErrors errors={errors()} />
        <p role="status">{status()}</p>
        <button type="submit" class="button" disabled={!file()}>
          {t('media.upload.start')}
        </button>
      </form>
    </section>
  );
}
