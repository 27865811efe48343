/**
 * The name shown for someone who deleted their account, wherever their name used to be (comment authors, audit
 * entries): what they wrote stays so threads still make sense, but not who they were.
 */
export const FORMER_MEMBER = 'Tidligere medlem';
