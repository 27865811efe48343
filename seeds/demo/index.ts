import { casesA } from './cases-a.js';
import { casesB } from './cases-b.js';
import { events, workshops } from './events.js';
import { methodsA } from './methods-a.js';
import { methodsB } from './methods-b.js';
import { withPractice } from './method-practice.js';
import { organisations } from './organisations.js';
import { reports } from './reports.js';
import { exampleStudies } from './studies-examples.js';
import { realStudies } from './studies.js';
import { talks2026 } from './talks-2026.js';
import { talks2027 } from './talks-2027.js';
import { topics } from './topics.js';
import type { DemoContent } from './types.js';

export type * from './types.js';

/** The curated demo content for Vidensbro around the theme "Læring og trivsel i plejefamilien". */
export const demoContent: DemoContent = {
  organisations,
  topics,
  studies: [...realStudies, ...exampleStudies],
  methods: withPractice([...methodsA, ...methodsB]),
  cases: [...casesA, ...casesB],
  events,
  talks: [...talks2026, ...talks2027],
  workshops,
  reports,
};
