/** La Poste's establishments share one SIREN and follow their own check rule. */
const laPosteSiren = "356000000";

/**
 * Whether a SIRET (14 digits) passes its check: the Luhn sum is a multiple of 10, except for
 * La Poste's establishments, whose digits add up to a multiple of 5.
 */
export function isValidSiret(siret: string): boolean {
  if (!/^\d{14}$/.test(siret)) return false;
  const digits = [...siret].map(Number);
  if (siret.startsWith(laPosteSiren)) return digits.reduce((sum, digit) => sum + digit, 0) % 5 === 0;
  const sum = digits.reduce((total, digit, index) => {
    // From the right, every second digit is doubled: with 14 digits, those at even indexes.
    if (index % 2 === 1) return total + digit;
    const doubled = digit * 2;
    return total + (doubled > 9 ? doubled - 9 : doubled);
  }, 0);
  return sum % 10 === 0;
}
