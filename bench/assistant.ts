import { spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import * as Assistant from "@escale/core/assistant";
import { withActor } from "@escale/core/context";
import * as Knowledge from "@escale/core/knowledge";
import { languageCodes } from "@escale/core/languages";
import * as Tenant from "@escale/core/tenant";
import { repoRoot } from "@escale/local/paths";
// Internals, to time retrieval alone: the figure the issue asks for.
import { buildIndex, retrieve } from "../packages/core/src/assistant/retrieval";
import { vocabulary } from "../packages/core/src/assistant/vocabulary";
import { measure } from "./measure";

/** The sample questions and knowledge; point these at other files to measure unseen sets. */
const fixtures = resolve(repoRoot, "..", "shared", "fixtures", "assistant-sample");
const questionsFile = process.env.BENCH_ASSISTANT_QUESTIONS ?? resolve(fixtures, "questions.jsonl");
const knowledgeFile = process.env.BENCH_ASSISTANT_KNOWLEDGE ?? resolve(fixtures, "knowledge.json");

type Question = { id: string; lang: string; question: string; expected: string[] };
type Answer = { id: string; answered: boolean; citations: { slug: string }[]; handover: boolean };

function escale(args: string[]) {
  const run = spawnSync("pnpm", ["escale", ...args], {
    cwd: repoRoot,
    env: { ...process.env, NODE_NO_WARNINGS: "1" },
    encoding: "utf8",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (run.status !== 0 && !run.stdout) throw new Error(`pnpm escale ${args.join(" ")} failed:\n${run.stderr}`);
  return run.stdout;
}

/** Top-1 and top-3 citation accuracy per language and the share of `[]` questions handed over. */
async function quality() {
  if (!existsSync(questionsFile) || !existsSync(knowledgeFile)) {
    console.log(`(no sample questions at ${questionsFile}: quality skipped)`);
    return;
  }
  const slug = "bench-assistant";
  await withActor({ type: "system" }, () =>
    Tenant.create({
      name: "Assistant sample",
      kind: "communes",
      country: "FR",
      slug,
      defaultLanguage: "fr",
      languages: [...languageCodes],
      ownerEmail: "owner@bench.example.org",
    }),
  );
  // Through the CLI, as an operator would: one import, then one process for every question.
  escale(["knowledge", "import", "--tenant", slug, knowledgeFile]);
  const answers = new Map<string, Answer>(
    escale(["assistant", "ask", "--tenant", slug, "--batch", questionsFile])
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as Answer)
      .map((answer) => [answer.id, answer]),
  );
  const questions = readFileSync(questionsFile, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Question);
  const byLanguage = new Map<string, { total: number; top1: number; top3: number }>();
  let unanswerable = 0;
  let handedOver = 0;
  let wronglyHandedOver = 0;
  for (const question of questions) {
    const answer = answers.get(question.id);
    const cited = answer?.citations.map((citation) => citation.slug) ?? [];
    if (question.expected.length === 0) {
      unanswerable++;
      if (answer?.handover) handedOver++;
      continue;
    }
    const figures = byLanguage.get(question.lang) ?? { total: 0, top1: 0, top3: 0 };
    figures.total++;
    if (cited[0] && question.expected.includes(cited[0])) figures.top1++;
    if (cited.slice(0, 3).some((cite) => question.expected.includes(cite))) figures.top3++;
    if (answer?.handover) wronglyHandedOver++;
    byLanguage.set(question.lang, figures);
  }
  console.log(`\nAssistant quality — ${questions.length} questions (${questionsFile})`);
  for (const [language, { total, top1, top3 }] of byLanguage)
    console.log(
      `  ${language}  top-1 ${(top1 / total).toFixed(2)}  top-3 ${(top3 / total).toFixed(2)}  (${total} answerable)`,
    );
  console.log(
    `  unanswerable handed over ${handedOver}/${unanswerable} = ${(handedOver / Math.max(1, unanswerable)).toFixed(2)}; answerable handed over: ${wronglyHandedOver}`,
  );
}

const fillers = {
  fr: [
    "Renseignez-vous auprès du service concerné avant de vous déplacer",
    "Les horaires et les tarifs changent chaque année",
    "Pensez à apporter les documents demandés",
    "Le service répond du lundi au vendredi",
  ],
  en: [
    "Check with the service before you go",
    "Opening times and prices change every year",
    "Remember to bring the documents you are asked for",
    "The service answers from Monday to Friday",
  ],
  es: [
    "Infórmese en el servicio antes de desplazarse",
    "Los horarios y las tarifas cambian cada año",
    "No olvide llevar los documentos solicitados",
    "El servicio atiende de lunes a viernes",
  ],
  de: [
    "Erkundigen Sie sich vor dem Besuch beim zuständigen Dienst",
    "Öffnungszeiten und Preise ändern sich jedes Jahr",
    "Denken Sie an die verlangten Unterlagen",
    "Der Dienst antwortet von Montag bis Freitag",
  ],
};
const towns = [
  "Vaudrigny",
  "Montaudrais",
  "Châtelbrun",
  "Saint-Ermel",
  "Les Ormeaux",
  "Bréval",
  "Lanvoët",
  "Quistillac",
];

/**
 * Made-up articles like a real guide's: each about one topic, with two others mentioned, in
 * sentences that mix that topic's words with ordinary ones and place names.
 */
function syntheticArticles(count: number, languages: readonly (keyof typeof fillers)[]) {
  const topics = vocabulary.filter((concept) => concept.weight >= 2);
  let seed = 7;
  const random = () => {
    seed = (seed * 16_807) % 2_147_483_647;
    return seed / 2_147_483_647;
  };
  const one = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)] as T;
  const termOf = (concept: (typeof topics)[number], language: string) =>
    one((concept[language as keyof typeof concept] as string).split("|")).replace(/\*/g, "");
  return Array.from({ length: count }, (_, index) => {
    const about = [topics[index % topics.length], one(topics), one(topics)] as (typeof topics)[number][];
    return {
      slug: `synthetic-${index}`,
      category: about[0]?.domain ?? "other",
      translations: Object.fromEntries(
        languages.map((language) => {
          const sentence = () =>
            `${one(fillers[language])} : ${termOf(one(about), language)}, ${termOf(about[0] as (typeof topics)[number], language)} (${one(towns)}).`;
          return [
            language,
            {
              title: `${termOf(about[0] as (typeof topics)[number], language)} — ${one(towns)}`,
              body: Array.from({ length: 5 }, () => `${sentence()} ${sentence()}`).join("\n\n"),
            },
          ];
        }),
      ),
    };
  });
}

/** Answer latency in one tenant with 2,000 articles × 4 languages (plus the sample guide). */
async function latency(samples: number) {
  const count = Number(process.env.BENCH_ARTICLES ?? 2_000);
  const languages = ["fr", "en", "es", "de"] as const;
  const tenant = await withActor({ type: "system" }, () =>
    Tenant.create({
      name: "Big guide",
      kind: "metropole",
      country: "FR",
      slug: "bench-big-guide",
      defaultLanguage: "fr",
      languages: [...languages],
      ownerEmail: "owner@bench.example.org",
    }),
  );
  const questions = existsSync(questionsFile)
    ? readFileSync(questionsFile, "utf8")
        .split("\n")
        .filter((line) => line.trim())
        .map((line) => (JSON.parse(line) as Question).question)
    : ["Où trouver un médecin traitant ?", "How do I get to school by bus?"];
  await withActor({ type: "system", tenantId: tenant.tenantId }, async () => {
    await Knowledge.importArticles({ version: 1, articles: syntheticArticles(count, languages) });
    console.log(`\nAssistant latency — ${count} articles × ${languages.length} languages in one tenant`);
    const start = performance.now();
    await Assistant.ask({ question: "Où trouver un médecin traitant ?" });
    console.log(`  first question, index built from one Query: ${(performance.now() - start).toFixed(0)} ms`);
    // Each language's text index is built when its first question comes: not what is timed here.
    for (const question of questions) await Assistant.ask({ question });
    const { catalog } = await Knowledge.published();
    const index = buildIndex(catalog);
    for (const language of languages) index.text(language);
    let n = 0;
    await measure("assistant: retrieval alone (index cached)", samples, async () => {
      const question = questions[n++ % questions.length] ?? "";
      const { language, alternative } = Assistant.detectLanguage(question);
      return retrieve(index, question, { language, others: alternative ? [alternative] : [], defaultLanguage: "fr" });
    });
    n = 0;
    await measure("assistant: ask (stamp, tenant, retrieval)", samples, () =>
      Assistant.ask({ question: questions[n++ % questions.length] ?? "" }),
    );
    n = 0;
    await measure("assistant: guide search", samples, () =>
      Assistant.search({ query: questions[n++ % questions.length]?.slice(0, 200) ?? "", language: "fr" }),
    );
  });
}

export async function benchAssistant(samples: number) {
  await quality();
  await latency(samples);
}
