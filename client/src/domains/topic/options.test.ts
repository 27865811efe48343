import { describe, expect, it } from 'vitest';
import { topicOptions } from './options';

const topic = (id: string, nameDa: string, nameEn: string, parent?: string) => ({
  id,
  slug: id,
  nameDa,
  nameEn,
  parent: parent ? { id: parent } : null,
});

describe('topicOptions', () => {
  it('lists each broad topic followed by its narrower ones, sorted by name in the reader’s language', () => {
    const topics = [
      topic('skole', 'Skolegang', 'Schooling'),
      topic('laes', 'Læsning', 'Reading', 'skole'),
      topic('efter', 'Efterværn', 'Aftercare'),
    ];
    expect(topicOptions(topics, 'da').map((o) => o.label)).toEqual(['Efterværn', 'Skolegang', '\u2003Læsning']);
    expect(topicOptions(topics, 'en').map((o) => o.value)).toEqual(['efter', 'skole', 'laes']);
  });
});
