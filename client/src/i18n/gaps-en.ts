import type { daGapNotifications, daGaps } from './gaps-da';

/** The gap map and following, in English. */
export const enGaps: typeof daGaps = {
  gaps: {
    title: 'Knowledge gaps',
    lead: 'Where the evidence is thin is an invitation to research: methods not rated or graded C/D on the Vidensportal dimensions, topics with many practice examples but no study, and target groups whose outcomes nobody has measured.',
    kind: {
      METHOD_EVIDENCE: 'Method with thin evidence',
      TOPIC_WITHOUT_STUDY: 'Topic without a study',
      UNMEASURED_OUTCOME: 'Outcome not measured',
    },
    allKinds: 'All kinds',
    filterLabel: 'Show',
    count: (n: number) => (n === 1 ? '1 knowledge gap' : `${n} knowledge gaps`),
    cases: (n: number) => (n === 1 ? '1 practice example' : `${n} practice examples`),
    unrated: 'Not rated',
    weak: 'Weak dimensions:',
    dimension: {
      TARGET_GROUP: 'target group',
      METHOD: 'method',
      IMPLEMENTATION: 'implementation',
      EFFECT: 'effect',
      ECONOMY: 'economy',
    },
    studiedBy: 'Being studied by',
    expected: (date: string) => `results expected ${date}`,
    none: 'No knowledge gaps here.',
    followHint: 'Hear when results arrive',
    claim: {
      mark: 'We are studying this',
      markSuffix: (label: string) => `: ${label}`,
      formTitle: (label: string) => `We are studying: ${label}`,
      contact: 'Contact',
      contactHint: 'A name, an email address or both',
      expectedOn: 'Results expected',
      expectedOnHint: 'Today or later',
      note: 'Note (optional)',
      required: 'required',
      save: 'Save mark',
      saving: 'Saving …',
      cancel: 'Cancel',
      errorTitle: 'There is a problem',
      edit: 'Change our mark',
      withdraw: 'Withdraw our mark',
      withdrawQuestion: 'Withdraw your organisation’s mark on this knowledge gap?',
      withdrawConfirm: 'Yes, withdraw',
      saved: 'The mark is saved: the knowledge gap now shows that you are studying it.',
      withdrawn: 'The mark is withdrawn.',
    },
  },
  alerts: {
    grade: (g: { scheme: string; from: string; to: string; source: string }) =>
      `(${g.scheme}: ${g.from} → ${g.to}, source: ${g.source})`,
    new: 'new',
  },
  follow: {
    follow: 'Follow',
    following: 'Following',
    methodHint: 'Hear when the method’s evidence rating changes',
    topicHint: 'Hear when ratings of methods under the topic change',
  },
};

export const enGapNotifications: typeof daGapNotifications = {
  RATING_CHANGED: () => 'An evidence rating was added or changed on something you follow:',
  GAP_RESULTS: (publisher: string) => `Results arrived for a knowledge gap you follow, from ${publisher}:`,
};
