import { UserInputProblem, type UserError } from '../../graphql/payload.js';
import { findCprNumbers, findLikelyPersonalDetails, type Finding } from './personal-data.js';

function where(finding: Finding): string {
  if (finding.start === undefined || finding.end === undefined)
    return `the text as it is shown once its formatting is applied (“${finding.excerpt}”)`;
  return `characters ${finding.start + 1}–${finding.end} (“${finding.excerpt}”)`;
}

/**
 * Refuses CPR numbers in any of the given text fields; for case-like texts (`warn`), also stops on likely names,
 * ages and addresses unless the writer has confirmed they are not personal data. Field names are input paths.
 */
export function guardPersonalData(
  fields: Record<string, string | null | undefined>,
  options: { warn?: boolean; confirmed?: boolean } = {},
): void {
  const errors: UserError[] = [];
  for (const [field, text] of Object.entries(fields)) {
    if (!text) continue;
    for (const finding of findCprNumbers(text)) {
      errors.push({
        field,
        code: 'PERSONAL_DATA',
        message: `This looks like a CPR number at ${where(finding)}. Remove it: Vidensbro must never hold children’s personal data.`,
      });
    }
    if (options.warn && !options.confirmed) {
      for (const finding of findLikelyPersonalDetails(text)) {
        const what = finding.kind === 'ADDRESS' ? 'an address' : 'a person’s name next to a child or an age';
        errors.push({
          field,
          code: 'PERSONAL_DATA_WARNING',
          message: `This may be ${what} at ${where(finding)}. Anonymise it, or send again with confirmPersonalData: true if it is not personal data.`,
        });
      }
    }
  }
  if (errors.length > 0) throw new UserInputProblem(errors);
}
