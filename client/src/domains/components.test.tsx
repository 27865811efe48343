import { cleanup, fireEvent, render, screen } from '@solidjs/testing-library';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { I18nProvider, loadLocale } from '../i18n';
import { DeclarationChart } from './method/DeclarationChart';
import type { Accessor } from 'solid-js';
import type { TranscriptSearch } from './talk/hooks';
import { TalkPlayer } from './talk/TalkPlayer';

// English loads on demand in the app; these tests render it directly.
beforeAll(() => loadLocale('en'));
afterEach(cleanup);

const talk = {
  id: 'VGFsazox',
  slug: 'demo',
  title: 'Demo',
  summary: '',
  durationSeconds: 600,
  startsAt: '2027-03-04T09:00:00Z',
  isExample: true,
  video: null,
  captionsUrl: null,
  chaptersUrl: null,
  speakers: [],
  event: null,
  methods: { nodes: [] },
  topics: { nodes: [] },
  workshops: { nodes: [] },
  chapters: [
    { startSeconds: 0, title: 'Indledning' },
    { startSeconds: 120, title: 'Hvad forskningen viser' },
  ],
  transcript: [
    { startSeconds: 0, text: 'Velkommen til.' },
    { startSeconds: 60, text: 'Lidt om baggrunden.' },
    { startSeconds: 130, text: 'Forskningen peger på tutoring.' },
  ],
};

/**
 * The server's answer for one query, as the view receives it: the search itself (Danish analysis, visibility) is
 * proven in server/test/talk-transcript-search.test.ts and through the browser in e2e/talk.test.ts.
 */
const answered = (query: Accessor<string>): TranscriptSearch => ({
  page: () =>
    query().trim() === 'baggrund'
      ? {
          totalCount: 150,
          searchedAs: 'baggrund',
          nodes: [{ index: 1, startSeconds: 60, snippet: 'Lidt om <mark>baggrunden</mark> &amp; mere.' }],
        }
      : query().trim()
        ? { totalCount: 0, searchedAs: query(), nodes: [] }
        : undefined,
  pending: () => false,
  error: () => undefined,
});

describe('DeclarationChart', () => {
  it('is one named image whose description gives every grade in words', () => {
    render(() => (
      <I18nProvider locale="da">
        <DeclarationChart
          dimensions={{ targetGroup: 'A', method: 'B', implementation: 'C', effect: 'B', economy: 'D' }}
        />
      </I18nProvider>
    ));
    const chart = screen.getByRole('img');
    expect(chart.querySelector('title')?.textContent).toBe('Vidensdeklaration');
    expect(chart.querySelector('desc')?.textContent).toBe(
      'Målgruppe: A, Metode: B, Implementering: C, Effekt: B, Økonomi: D',
    );
    expect(chart.querySelectorAll('.declaration__bar')).toHaveLength(5);
  });
});

describe('TalkPlayer', () => {
  it('moves the current chapter and transcript segment when a chapter is chosen', async () => {
    render(() => (
      <I18nProvider locale="da">
        <TalkPlayer talk={talk} search={answered} />
      </I18nProvider>
    ));
    expect(screen.getByText('Der er ingen video til dette oplæg endnu.')).toBeTruthy();
    const second = screen.getByRole('button', { name: /Hvad forskningen viser/ });
    fireEvent.click(second);
    expect(second.getAttribute('aria-current')).toBe('true');
    // At 2:00 the segment that began at 1:00 is still being spoken.
    const current = () => document.querySelector('.transcript__list [aria-current="true"]')?.textContent;
    expect(current()).toContain('Lidt om baggrunden.');
    fireEvent.click(screen.getByRole('button', { name: /2:10/ }));
    expect(current()).toContain('Forskningen peger på tutoring.');
    expect(second.getAttribute('aria-current')).toBe('true');
  });

  it('shows the matches with their times and marks, and seeks when one is chosen', async () => {
    render(() => (
      <I18nProvider locale="en">
        <TalkPlayer talk={talk} search={answered} />
      </I18nProvider>
    ));
    const input = screen.getByLabelText('Search the transcript');
    expect(input.getAttribute('aria-describedby')).toBeTruthy();
    fireEvent.input(input, { target: { value: 'baggrund' } });
    expect(screen.getByText('150 passages match. Showing the first 1; narrow the search to see the rest')).toBeTruthy();
    const rows = document.querySelectorAll('.transcript__list li');
    expect(rows).toHaveLength(1);
    expect(rows[0]!.textContent).toBe('1:00Lidt om baggrunden & mere.');
    expect(document.querySelector('.transcript__list mark')?.textContent).toBe('baggrunden');
    fireEvent.click(screen.getByRole('button', { name: /1:00/ }));
    expect(rows[0]!.querySelector('button')!.getAttribute('aria-current')).toBe('true');

    fireEvent.input(input, { target: { value: 'intet' } });
    expect(screen.getByText('No passages match the search.')).toBeTruthy();
    fireEvent.input(input, { target: { value: '' } });
    expect(document.querySelectorAll('.transcript__list li')).toHaveLength(3);
  });
});
