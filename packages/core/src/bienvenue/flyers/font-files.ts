/**
 * Noto Sans (Latin, Cyrillic) and Noto Sans Arabic, as TrueType files shipped by npm packages,
 * so a fresh machine and the Lambda bundle print the same glyphs (infra copies them next to
 * the API's bundle, under fonts/).
 */
export const fontPaths = {
  regular: "@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf",
  bold: "@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf",
  arabic: "@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf",
} as const;
