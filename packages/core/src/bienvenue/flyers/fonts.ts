import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/**
 * Noto Sans (Latin, Cyrillic) and Noto Sans Arabic, as TrueType files shipped by npm packages,
 * so a fresh machine and the Lambda bundle print the same glyphs. Read on the first flyer only.
 */
const files = {
  regular: "@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf",
  bold: "@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf",
  arabic: "@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf",
} as const;

export type FontName = keyof typeof files;

let loaded: Promise<Record<FontName, Uint8Array>> | undefined;

export function fontFiles(): Promise<Record<FontName, Uint8Array>> {
  loaded ??= Promise.all(
    Object.entries(files).map(async ([name, path]) => [name, await readFile(require.resolve(path))] as const),
  ).then((entries) => Object.fromEntries(entries) as unknown as Record<FontName, Uint8Array>);
  return loaded;
}
