import { A, useLocation } from '@solidjs/router';
import { For, Show, createEffect, createSignal, createUniqueId, on, type JSX } from 'solid-js';
import '../styles/member-menu.css';

/**
 * A header menu as a disclosure (button + list of links), not an ARIA menu: links stay links, Tab moves through
 * them, Escape closes it and returns to the button, and it closes when focus leaves it or the page changes.
 */
export function DisclosureMenu(props: {
  class?: string;
  /** What the button shows (a name, or an icon with a label); a chevron follows it. */
  label: JSX.Element;
  title?: string;
  listLabel?: string;
  links: readonly { href: string; label: string }[];
  /** Last in the list, after a separator (e.g. "Log ud"). */
  footer?: JSX.Element;
}) {
  const id = createUniqueId();
  const location = useLocation();
  const [open, setOpen] = createSignal(false);
  let button: HTMLButtonElement | undefined = undefined;
  createEffect(
    on(
      () => location.pathname,
      () => setOpen(false),
      { defer: true },
    ),
  );
  return (
    <div
      class={`member-menu ${props.class ?? ''}`}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open()) {
          setOpen(false);
          button?.focus();
        }
      }}
      onFocusOut={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={(el) => (button = el)}
        type="button"
        class="member-menu__button"
        title={props.title}
        aria-expanded={open()}
        aria-controls={id}
        onClick={() => setOpen((v) => !v)}
      >
        {props.label}
        <svg viewBox="0 0 12 12" width="12" height="12" aria-hidden="true" class="member-menu__chevron">
          <path d="M2 4l4 4 4-4" fill="none" stroke="currentColor" stroke-width="1.8" />
        </svg>
      </button>
      <ul id={id} class="member-menu__list" hidden={!open()} aria-label={props.listLabel}>
        <For each={props.links}>
          {(link) => (
            <li>
              <A href={link.href} end>
                {link.label}
              </A>
            </li>
          )}
        </For>
        <Show when={props.footer}>
          <li class="member-menu__separator">{props.footer}</li>
        </Show>
      </ul>
    </div>
  );
}
