/** Whether this run is CI (`.ci/run` exports CI=true; most CI services set it too). */
export function isCI(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0';
}

/**
 * A program some tests need (Chromium, Meilisearch, Caddy) is missing. Locally those tests are skipped with a
 * warning saying how to install it; in CI that would turn a broken setup into a green run, so it is an error.
 */
export function missingPrerequisite(
  what: string,
  install: string,
  options: { env?: NodeJS.ProcessEnv; warn?: (message: string) => void } = {},
): void {
  const message = `${what} is missing. ${install}`;
  if (isCI(options.env ?? process.env))
    throw new Error(`${message} CI runs every test, so a missing prerequisite fails the run (unset CI to skip).`);
  (options.warn ?? console.warn)(`${message} The tests that need it are skipped.`);
}

/**
 * For `describe.runIf`: whether a program some tests need is here. When it is not, outside CI the tests are
 * skipped with a warning, and in CI this throws, failing the file instead of skipping it.
 */
export function hasPrerequisite(
  present: unknown,
  what: string,
  install: string,
  options: { env?: NodeJS.ProcessEnv; warn?: (message: string) => void } = {},
): boolean {
  if (present) return true;
  missingPrerequisite(what, install, options);
  return false;
}
