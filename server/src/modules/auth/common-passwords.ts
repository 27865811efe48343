import { dictionary } from '@zxcvbn-ts/language-common';

/** How many of the most used passwords are refused; attackers guessing online try these first. */
export const COMMON_PASSWORD_COUNT = 10_000;

/**
 * The most used passwords, most used first, from zxcvbn-ts's list (built from leaked password sets), shipped in
 * the package: nothing is looked up over the network. Compared without regard to case.
 */
const COMMON = new Set(
  dictionary['passwords-common'].slice(0, COMMON_PASSWORD_COUNT).map((password) => password.toLowerCase()),
);

export function isCommonPassword(password: string): boolean {
  return COMMON.has(password.normalize('NFKC').trim().toLowerCase());
}
