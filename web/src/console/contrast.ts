/** WCAG 2.2 AA for normal text; the server refuses a primary colour below it. */
export const minimumContrast = 4.5;

export function isHexColour(value: string): boolean {
  return /^#[0-9a-fA-F]{6}$/.test(value);
}

function luminance(hex: string): number {
  const channels = [1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r = 0, g = 0, b = 0] = channels.map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Contrast of white text on the colour, floored to two decimals as the server does. */
export function contrastWithWhite(hex: string): number {
  return Math.floor((1.05 / (luminance(hex) + 0.05)) * 100) / 100;
}

/**
 * The server's check of the primary colour, so the form can say it before saving: the problem's
 * key in the `settings` catalog, with its values.
 */
export function primaryColourProblem(colour: string): { key: string; values?: Record<string, unknown> } | undefined {
  if (!isHexColour(colour)) return { key: "branding.primaryInvalid" };
  const ratio = contrastWithWhite(colour);
  if (ratio < minimumContrast)
    return { key: "branding.primaryLow", values: { colour, ratio, minimum: minimumContrast } };
  return undefined;
}
