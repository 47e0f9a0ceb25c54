import type { TranslateClient } from "@aws-sdk/client-translate";
import { config } from "../config";
import type { Language } from "../tenant/languages";

/**
 * Machine translation through Amazon Translate, when the deployment turns it on
 * (`ESCALE_TRANSLATE=aws`; `ESCALE_TRANSLATE_ENDPOINT` points it elsewhere, a local stand-in in
 * tests, with placeholder credentials as for DynamoDB Local). Unset, the local default, there is
 * no provider: the console hides its "draft a translation" buttons and says why.
 */
export function translatorSettings() {
  if (process.env.ESCALE_TRANSLATE !== "aws") return undefined;
  return { endpoint: process.env.ESCALE_TRANSLATE_ENDPOINT || undefined, region: config().region };
}

export type TranslatorSettings = NonNullable<ReturnType<typeof translatorSettings>>;

const clients = new Map<string, TranslateClient>();

/** The SDK loads with the first translation, not at cold start. */
async function client(settings: TranslatorSettings) {
  const key = `${settings.region} ${settings.endpoint ?? "aws"}`;
  let found = clients.get(key);
  if (!found) {
    const { TranslateClient } = await import("@aws-sdk/client-translate");
    found = new TranslateClient({
      region: settings.region,
      maxAttempts: 2,
      ...(settings.endpoint
        ? { endpoint: settings.endpoint, credentials: { accessKeyId: "local", secretAccessKey: "local" } }
        : {}),
    });
    clients.set(key, found);
  }
  return found;
}

/** TranslateText takes at most 10,000 bytes of UTF-8; chunks stay under it with room to spare. */
export const maxChunkBytes = 9_000;
const timeoutMs = 10_000;
const bytes = (text: string) => Buffer.byteLength(text, "utf8");

/**
 * Splits a text into pieces TranslateText accepts, at paragraph breaks, else at line breaks,
 * else at sentence ends, so no piece cuts a sentence that fits.
 */
export function chunks(text: string, limit = maxChunkBytes): string[] {
  if (bytes(text) <= limit) return [text];
  for (const separator of ["\n\n", "\n", ". ", " "]) {
    const parts = text.split(separator);
    if (parts.length < 2) continue;
    const pieces: string[] = [];
    let current = "";
    for (const [index, part] of parts.entries()) {
      const piece = index < parts.length - 1 ? part + separator : part;
      if (current && bytes(current + piece) > limit) {
        pieces.push(current);
        current = "";
      }
      current += piece;
    }
    if (current) pieces.push(current);
    return pieces.flatMap((piece) => (bytes(piece) > limit ? chunks(piece, limit) : [piece]));
  }
  // One unbroken run longer than the limit: cut by characters.
  const half = Math.ceil(text.length / 2);
  return [...chunks(text.slice(0, half), limit), ...chunks(text.slice(half), limit)];
}

/** Translates each text (empty ones stay empty). Throws when the provider is absent or fails. */
export async function translate(
  input: { texts: string[]; from: Language; to: Language },
  settings = translatorSettings(),
): Promise<string[]> {
  if (!settings) throw new Error("No translation provider configured");
  const [{ TranslateTextCommand }, translator] = await Promise.all([
    import("@aws-sdk/client-translate"),
    client(settings),
  ]);
  const one = async (text: string) => {
    if (!text.trim()) return text;
    const pieces = await Promise.all(
      chunks(text).map(async (piece) => {
        // Translate trims each piece; the breaks between pieces are put back as they were.
        const [, lead = "", body = "", trail = ""] = /^(\s*)([\s\S]*?)(\s*)$/.exec(piece) ?? [];
        const response = await translator.send(
          new TranslateTextCommand({ Text: body, SourceLanguageCode: input.from, TargetLanguageCode: input.to }),
          { abortSignal: AbortSignal.timeout(timeoutMs) },
        );
        return lead + (response.TranslatedText ?? "") + trail;
      }),
    );
    return pieces.join("");
  };
  return Promise.all(input.texts.map(one));
}
