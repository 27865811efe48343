import { For } from 'solid-js';
import { parseMarked } from './hits';

/** Search-highlighted text with the matches as <mark> elements (the API's HTML is parsed, never injected). */
export function Marked(props: { html: string }) {
  return <For each={parseMarked(props.html)}>{(part) => (part.hit ? <mark>{part.text}</mark> : part.text)}</For>;
}
