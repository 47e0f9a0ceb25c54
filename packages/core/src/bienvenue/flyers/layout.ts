import {
  beginText,
  endText,
  type PDFFont,
  PDFHexString,
  type PDFPage,
  popGraphicsState,
  pushGraphicsState,
  type RGB,
  setFillingColor,
  setFontAndSize,
  setTextMatrix,
  showText,
} from "pdf-lib";

/** Arabic script: drawn with the Arabic font, right to left (fontkit shapes and orders each run). */
const arabic = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

/** The part of a fontkit font that shapes text: glyphs in visual order, with GPOS offsets. */
export type Shaper = {
  unitsPerEm: number;
  layout(text: string): {
    glyphs: { id: number }[];
    positions: { xAdvance: number; xOffset: number; yOffset: number }[];
  };
};
export type Fonts = { latin: PDFFont; arabic: PDFFont; shaper: Shaper };
type Run = { text: string; font: PDFFont; width: number };

/**
 * A line's words grouped into runs of one script, each with its font. A right-to-left line is
 * placed run by run from the right edge, so a Latin name inside Arabic text keeps its own order:
 * enough bidirectional handling for a flyer's short sentences.
 */
function runs(words: string[], fonts: Fonts, size: number): Run[] {
  const grouped: { text: string; font: PDFFont }[] = [];
  for (const word of words) {
    const font = arabic.test(word) ? fonts.arabic : fonts.latin;
    const last = grouped.at(-1);
    if (last && last.font === font) last.text += ` ${word}`;
    else grouped.push({ text: word, font });
  }
  return grouped.map((run) => ({ ...run, width: run.font.widthOfTextAtSize(run.text, size) }));
}

function lineWidth(line: Run[], fonts: Fonts, size: number) {
  return (
    line.reduce((sum, run) => sum + run.width, 0) +
    Math.max(0, line.length - 1) * fonts.latin.widthOfTextAtSize(" ", size)
  );
}

/** Words wrapped to the width, each line as runs of one script. */
export function wrap(text: string, fonts: Fonts, size: number, width: number): Run[][] {
  const lines: string[][] = [];
  // Only plain spaces break lines: a no-break space keeps French "Lorvanne !" together.
  for (const word of text.split(/[ \t\n]+/).filter(Boolean)) {
    const current = lines.at(-1);
    if (current && lineWidth(runs([...current, word], fonts, size), fonts, size) <= width) current.push(word);
    else lines.push([word]);
  }
  return lines.map((words) => runs(words, fonts, size));
}

/** Draws wrapped text centred (or from the right for right-to-left text); returns the y below it. */
export function paragraph(
  page: PDFPage,
  text: string,
  options: {
    fonts: Fonts;
    size: number;
    top: number;
    left: number;
    width: number;
    color: RGB;
    rtl: boolean;
    align: "centre" | "start";
  },
): number {
  const { fonts, size, left, width, color, rtl, align } = options;
  const space = fonts.latin.widthOfTextAtSize(" ", size);
  let y = options.top;
  for (const line of wrap(text, fonts, size, width)) {
    y -= size * 1.35;
    const total = lineWidth(line, fonts, size);
    const start = align === "centre" ? left + (width - total) / 2 : rtl ? left + width - total : left;
    let x = rtl ? start + total : start;
    for (const run of line) {
      if (rtl) x -= run.width;
      if (run.font === fonts.arabic)
        drawShaped(page, run.text, { x, y, size, font: run.font, shaper: fonts.shaper, color });
      else page.drawText(run.text, { x, y, size, font: run.font, color });
      x = rtl ? x - space : x + run.width + space;
    }
  }
  return y;
}

/**
 * Draws Arabic glyph by glyph at the positions fontkit computed. pdf-lib's drawText applies the
 * shaping (letter forms, right-to-left order) but drops GPOS offsets, and Noto Sans Arabic
 * places the dots of several letters as marks with offsets: drawn by drawText they land beside
 * their letter. The font is embedded whole, so glyph ids are its CIDs (Identity-H).
 */
function drawShaped(
  page: PDFPage,
  text: string,
  options: { x: number; y: number; size: number; font: PDFFont; shaper: Shaper; color: RGB },
) {
  const { size, font, shaper, color } = options;
  // Registers the glyphs with the embedded font (widths, ToUnicode for copy and search).
  font.encodeText(text);
  const key = page.node.newFontDictionary(font.name, font.ref);
  const scale = size / shaper.unitsPerEm;
  const { glyphs, positions } = shaper.layout(text);
  const operators = [pushGraphicsState(), beginText(), setFillingColor(color), setFontAndSize(key, size)];
  let pen = options.x;
  glyphs.forEach((glyph, i) => {
    const position = positions[i] ?? { xAdvance: 0, xOffset: 0, yOffset: 0 };
    operators.push(
      setTextMatrix(1, 0, 0, 1, pen + position.xOffset * scale, options.y + position.yOffset * scale),
      showText(PDFHexString.of(glyph.id.toString(16).padStart(4, "0"))),
    );
    pen += position.xAdvance * scale;
  });
  operators.push(endText(), popGraphicsState());
  page.pushOperators(...operators);
}
