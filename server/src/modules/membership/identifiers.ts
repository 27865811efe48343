/**
 * Danish business identifiers, checked by their check digits so a mistyped number is caught at the form instead
 * of bouncing off NemHandel or the tax authority later.
 */

/** The weights of CVR's modulus-11 check: the weighted sum of all eight digits must be divisible by 11. */
const CVR_WEIGHTS = [2, 7, 6, 5, 4, 3, 2, 1] as const;

/** Digits only: people write CVR numbers as "DK 12 34 56 78" or "12-34-56-78"; the number is the digits. */
export function normaliseDigits(value: string): string {
  return value.replace(/^\s*DK/i, '').replace(/[\s.-]/g, '');
}

export type IdentifierProblem = 'FORMAT' | 'CHECK_DIGIT';

/** A CVR number: eight digits, not starting with 0, whose modulus-11 check holds. Returns the problem, or null. */
export function cvrProblem(normalised: string): IdentifierProblem | null {
  if (!/^[1-9]\d{7}$/.test(normalised)) return 'FORMAT';
  const sum = CVR_WEIGHTS.reduce((total, weight, index) => total + weight * Number(normalised[index]), 0);
  return sum % 11 === 0 ? null : 'CHECK_DIGIT';
}

/** The GS1 check digit of the digits before it: weights 3,1,3,… from the right; what tops the sum up to a ten. */
export function gs1CheckDigit(body: string): number {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    const digit = Number(body[body.length - 1 - i]);
    sum += digit * (i % 2 === 0 ? 3 : 1);
  }
  return (10 - (sum % 10)) % 10;
}

/** An EAN/GLN location number (what NemHandel routes public invoices by): 13 digits with a valid GS1 check digit. */
export function glnProblem(normalised: string): IdentifierProblem | null {
  if (!/^\d{13}$/.test(normalised)) return 'FORMAT';
  return gs1CheckDigit(normalised.slice(0, 12)) === Number(normalised[12]) ? null : 'CHECK_DIGIT';
}
