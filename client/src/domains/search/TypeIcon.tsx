import type { HitType } from './hits';

/** Simple line icons, one per kind of item; decorative, the kind is always also written out. */
const PATHS: Record<HitType, string> = {
  method: 'M4 5h16v14H4zM8 9h8M8 13h5',
  case: 'M5 4h10l4 4v12H5zM14 4v5h5M8 13h8M8 17h6',
  study: 'M4 6c3-1 5-1 8 1 3-2 5-2 8-1v12c-3-1-5-1-8 1-3-2-5-2-8-1zM12 7v12',
  talk: 'M4 6h16v10H4zM10 9l4 2-4 2zM9 20h6',
  event: 'M4 6h16v14H4zM4 10h16M8 4v4M16 4v4',
  workshop: 'M12 4a3 3 0 1 1 0 6 3 3 0 0 1 0-6zM5 20c0-4 3-6 7-6s7 2 7 6',
  output: 'M5 4h14v16H5zM8 9l2 2 4-4M8 15h8',
  report: 'M6 3h12v18H6zM9 8h6M9 12h6M9 16h4',
  organisation: 'M4 20V8l8-4 8 4v12zM9 20v-6h6v6M8 10h1M15 10h1',
  thread: 'M4 5h16v10H10l-4 4v-4H4z',
};

export function TypeIcon(props: { type: HitType }) {
  return (
    <svg class="type-icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true">
      <path d={PATHS[props.type]} fill="none" stroke="currentColor" stroke-width="1.6" stroke-linejoin="round" />
    </svg>
  );
}
