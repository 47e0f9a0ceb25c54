import { BedrockRuntimeClient, ConverseCommand } from "@aws-sdk/client-bedrock-runtime";
import { config } from "../config";
import type { Language } from "../tenant/languages";
import { languages } from "../tenant/languages";

/**
 * Generated answers through Amazon Bedrock's Converse API, when a deployment names a model
 * (`ESCALE_BEDROCK_MODEL`). `ESCALE_BEDROCK_ENDPOINT` points it elsewhere (a local stand-in in
 * tests), with placeholder credentials as for DynamoDB Local.
 */
export function generatorSettings() {
  const model = process.env.ESCALE_BEDROCK_MODEL;
  if (!model) return undefined;
  return { model, endpoint: process.env.ESCALE_BEDROCK_ENDPOINT, region: config().region };
}

const clients = new Map<string, BedrockRuntimeClient>();

function client(settings: NonNullable<ReturnType<typeof generatorSettings>>) {
  const key = `${settings.region} ${settings.endpoint ?? "aws"}`;
  let found = clients.get(key);
  if (!found) {
    found = new BedrockRuntimeClient({
      region: settings.region,
      ...(settings.endpoint
        ? { endpoint: settings.endpoint, credentials: { accessKeyId: "local", secretAccessKey: "local" } }
        : {}),
    });
    clients.set(key, found);
  }
  return found;
}

/** What the model answers when the articles do not say: then the assistant hands over. */
export const noAnswer = "NO_ANSWER";
const timeoutMs = 8_000;

type Source = { title: string; text: string };

function instructions(language: Language, plainLanguage: boolean) {
  return [
    "You help newcomers to a territory. Answer the question using ONLY the articles given, which the territory wrote.",
    `Write in ${languages[language].name} (language code ${language}).`,
    plainLanguage ? "Use short, simple sentences of at most 15 words." : "Be brief: at most 5 sentences.",
    "Do not add facts, numbers, addresses or advice that the articles do not contain.",
    `If the articles do not answer the question, reply with exactly ${noAnswer} and nothing else.`,
  ].join(" ");
}

/**
 * A grounded answer written from the cited articles only, or `null` when the model finds no
 * answer in them. Throws when the model cannot be reached; the caller then quotes instead.
 */
export async function generate(
  input: { question: string; language: Language; plainLanguage: boolean; sources: Source[] },
  settings = generatorSettings(),
): Promise<string | null> {
  if (!settings) throw new Error("No Bedrock model configured");
  const articles = input.sources
    .map((source, index) => `<article number="${index + 1}" title="${source.title}">\n${source.text}\n</article>`)
    .join("\n");
  const response = await client(settings).send(
    new ConverseCommand({
      modelId: settings.model,
      system: [{ text: instructions(input.language, input.plainLanguage) }],
      messages: [{ role: "user", content: [{ text: `${articles}\n\nQuestion: ${input.question}` }] }],
      inferenceConfig: { maxTokens: 600, temperature: 0 },
    }),
    { abortSignal: AbortSignal.timeout(timeoutMs) },
  );
  const text = (response.output?.message?.content ?? [])
    .map((block) => block.text ?? "")
    .join("")
    .trim();
  return !text || text.includes(noAnswer) ? null : text;
}
