import { For, Match, Switch, createMemo } from 'solid-js';
import { Dynamic } from 'solid-js/web';
import { headingOffset, parseMarkdown, type Inline } from './parse';

function Inlines(props: { nodes: Inline[] }) {
  return (
    <For each={props.nodes}>
      {(node) => (
        <Switch>
          <Match when={node.kind === 'text' && node}>{(n) => n().text}</Match>
          <Match when={node.kind === 'strong' && node}>
            {(n) => (
              <strong>
                <Inlines nodes={n().children} />
              </strong>
            )}
          </Match>
          <Match when={node.kind === 'em' && node}>
            {(n) => (
              <em>
                <Inlines nodes={n().children} />
              </em>
            )}
          </Match>
          <Match when={node.kind === 'code' && node}>{(n) => <code>{n().text}</code>}</Match>
          <Match when={node.kind === 'link' && node}>
            {(n) => (
              <a href={n().href} rel={/^https?:/.test(n().href) ? 'noopener noreferrer' : undefined}>
                <Inlines nodes={n().children} />
              </a>
            )}
          </Match>
        </Switch>
      )}
    </For>
  );
}

/**
 * Renders editor Markdown as elements. `headingLevel` is the level the body's top heading should take
 * (2 under a page's h1). Content is Danish unless told otherwise, so screen readers pronounce it right.
 */
export function Markdown(props: { source: string; headingLevel?: number; lang?: string; class?: string }) {
  const blocks = createMemo(() => parseMarkdown(props.source));
  const offset = createMemo(() => headingOffset(blocks(), props.headingLevel ?? 2));
  return (
    <div class={props.class ?? 'prose'} lang={props.lang ?? 'da'}>
      <For each={blocks()}>
        {(block) => (
          <Switch>
            <Match when={block.kind === 'heading' && block}>
              {(b) => (
                <Dynamic component={`h${Math.min(6, b().level + offset())}`}>
                  <Inlines nodes={b().children} />
                </Dynamic>
              )}
            </Match>
            <Match when={block.kind === 'paragraph' && block}>
              {(b) => (
                <p>
                  <Inlines nodes={b().children} />
                </p>
              )}
            </Match>
            <Match when={block.kind === 'quote' && block}>
              {(b) => (
                <blockquote>
                  <Inlines nodes={b().children} />
                </blockquote>
              )}
            </Match>
            <Match when={block.kind === 'list' && block}>
              {(b) => (
                <Dynamic component={b().ordered ? 'ol' : 'ul'}>
                  <For each={b().items}>
                    {(item) => (
                      <li>
                        <Inlines nodes={item} />
                      </li>
                    )}
                  </For>
                </Dynamic>
              )}
            </Match>
          </Switch>
        )}
      </For>
    </div>
  );
}
