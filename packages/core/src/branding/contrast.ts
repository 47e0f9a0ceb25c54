import { modeLrgb, modeRgb, parse, useMode, wcagContrast } from "culori/fn";

// The tree-shakeable build: only the two colour spaces a contrast ratio needs, not culori's dozens.
useMode(modeRgb);
useMode(modeLrgb);

/** WCAG 2.2 AA for normal text. */
export const minimumContrast = 4.5;

export type ContrastVerdict = { ok: true; ratio: number } | { ok: false; ratio: number; message: string };

/**
 * The primary colour is the background of the portal header and buttons, under white text,
 * and the colour of links on the white page: both pairs are the colour against white.
 */
export function checkPrimaryColor(color: string): ContrastVerdict {
  if (!/^#[0-9a-fA-F]{6}$/.test(color) || !parse(color))
    return { ok: false, ratio: 0, message: "Use a colour in #RRGGBB form, for example #1d4ed8." };
  const ratio = Math.floor(wcagContrast(color, "#ffffff") * 100) / 100;
  if (ratio < minimumContrast)
    return {
      ok: false,
      ratio,
      message: `White text on ${color} has a contrast of ${ratio}:1, under the ${minimumContrast}:1 that WCAG AA requires for readable text. Choose a darker shade.`,
    };
  return { ok: true, ratio };
}
