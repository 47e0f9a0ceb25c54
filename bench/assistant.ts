import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import * as Assistant from "@escale/core/assistant";
import { withActor } from "@escale/core/context";
import * as Knowledge from "@escale/core/knowledge";
import { languageCodes } from "@escale/core/languages";
import * as Tenant from "@escale/core/tenant";
import { repoRoot } from "@escale/local/paths";
import { snowballStopWords } from "../packages/core/src/assistant/analysis";
// Internals, to time the index alone: the figures the issue asks for.
import { Bm25 } from "../packages/core/src/assistant/bm25";
import { detectLanguage } from "../packages/core/src/assistant/language";
import { loadLexicon } from "../packages/core/src/assistant/lexicon";
import { RetrievalIndex, retrieve } from "../packages/core/src/assistant/retrieval";
import { fold, words } from "../packages/core/src/assistant/text";
import { vocabulary } from "../packages/core/src/assistant/vocabulary";
import { measure } from "./measure";

/**
 * Evaluation territories: `dev/` sets may be studied and tuned on, `test/` sets never (their
 * aggregate figures only). `BENCH_ASSISTANT_SETS` points at other folders (comma-separated),
 * each holding a `knowledge.json` and a `questions.jsonl`.
 */
const evalRoot = resolve(repoRoot, "bench", "assistant-eval");

type Question = { id: string; lang: string; question: string; expected: string[]; kind?: string };
type Answer = { id: string; answered: boolean; citations: { slug: string }[]; handover: boolean };
type EvalSet = { name: string; split: string; folder: string };

function evalSets(): EvalSet[] {
  if (process.env.BENCH_ASSISTANT_SETS)
    return process.env.BENCH_ASSISTANT_SETS.split(",").map((folder) => ({
      name: folder.split("/").filter(Boolean).at(-1) ?? folder,
      split: "custom",
      folder,
    }));
  return ["dev", "test"].flatMap((split) => {
    const root = resolve(evalRoot, split);
    if (!existsSync(root)) return [];
    return readdirSync(root)
      .filter(
        (name) =>
          existsSync(resolve(root, name, "knowledge.json")) && existsSync(resolve(root, name, "questions.jsonl")),
      )
      .map((name) => ({ name, split, folder: resolve(root, name) }));
  });
}

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

const readQuestions = (file: string) =>
  readFileSync(file, "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Question);

type Figures = {
  answerable: number;
  top1: number;
  top3: number;
  unanswerable: number;
  handedOver: number;
  total: number;
  wrongOnly: number;
};
const empty = (): Figures => ({
  answerable: 0,
  top1: 0,
  top3: 0,
  unanswerable: 0,
  handedOver: 0,
  total: 0,
  wrongOnly: 0,
});
const share = (part: number, whole: number) => (whole > 0 ? (part / whole).toFixed(2) : "  - ");

/**
 * Plain BM25 with the Snowball stemmer and stop words over the French versions, French
 * questions only, always citing its three best: the baseline the assistant must beat.
 */
function baseline(folder: string, questions: Question[]) {
  const knowledge = JSON.parse(readFileSync(resolve(folder, "knowledge.json"), "utf8")) as {
    articles: { slug: string; status?: string; translations: { fr?: { title: string; body: string } } }[];
  };
  const stops = new Set(snowballStopWords.fr.map(fold));
  const stems = (text: string) =>
    words(text, "fr")
      .filter((word) => !stops.has(word.surface))
      .map((word) => word.stem);
  const index = new Bm25();
  for (const article of knowledge.articles)
    if ((article.status ?? "published") === "published" && article.translations.fr)
      index.add(article.slug, stems(`${article.translations.fr.title}\n${article.translations.fr.body}`));
  let answerable = 0;
  let top1 = 0;
  let top3 = 0;
  for (const question of questions) {
    if (question.lang !== "fr" || question.expected.length === 0) continue;
    const scores = new Map<string, number>();
    for (const term of new Set(stems(question.question)))
      for (const [slug, score] of index.scores(term)) scores.set(slug, (scores.get(slug) ?? 0) + score);
    const ranked = [...scores].sort((a, b) => b[1] - a[1]).map(([slug]) => slug);
    answerable++;
    if (ranked[0] && question.expected.includes(ranked[0])) top1++;
    if (ranked.slice(0, 3).some((slug) => question.expected.includes(slug))) top3++;
  }
  return { answerable, top1, top3 };
}

/**
 * Per set and language: top-1 and top-3 citation accuracy (answerable questions), the share
 * of unanswerable questions handed over, and the share of all questions answered with only
 * wrong citations. Measured as the acceptance line says: each territory imported through the
 * CLI into a tenant with all eight languages, every question asked in one `--batch` process.
 */
async function quality() {
  const sets = evalSets();
  if (sets.length === 0) {
    console.log(`(no evaluation sets under ${evalRoot}: quality skipped)`);
    return;
  }
  for (const set of sets) {
    const slug = `bench-${set.split}-${set.name}`.slice(0, 40).replace(/-+$/, "");
    await withActor({ type: "system" }, () =>
      Tenant.create({
        name: `Assistant ${set.name}`,
        kind: "communes",
        country: "FR",
        slug,
        defaultLanguage: "fr",
        languages: [...languageCodes],
        ownerEmail: "owner@bench.example.org",
      }),
    );
    const questionsFile = resolve(set.folder, "questions.jsonl");
    escale(["knowledge", "import", "--tenant", slug, resolve(set.folder, "knowledge.json")]);
    const answers = new Map<string, Answer>(
      escale(["assistant", "ask", "--tenant", slug, "--batch", questionsFile])
        .split("\n")
        .filter((line) => line.startsWith("{"))
        .map((line) => JSON.parse(line) as Answer)
        .map((answer) => [String(answer.id), answer]),
    );
    const questions = readQuestions(questionsFile);
    const byLanguage = new Map<string, Figures>();
    const all = empty();
    for (const question of questions) {
      const answer = answers.get(String(question.id));
      const cited = answer?.answered ? answer.citations.map((citation) => citation.slug) : [];
      for (const figures of [byLanguage.get(question.lang) ?? empty(), all]) {
        byLanguage.set(question.lang, byLanguage.get(question.lang) ?? figures);
        figures.total++;
        if (cited.length > 0 && !cited.some((cite) => question.expected.includes(cite))) figures.wrongOnly++;
        if (question.expected.length === 0) {
          figures.unanswerable++;
          if (cited.length === 0) figures.handedOver++;
          continue;
        }
        figures.answerable++;
        if (cited[0] && question.expected.includes(cited[0])) figures.top1++;
        if (cited.slice(0, 3).some((cite) => question.expected.includes(cite))) figures.top3++;
      }
    }
    console.log(`\nAssistant quality — ${set.split} set "${set.name}", ${questions.length} questions`);
    console.log("  lang  top-1  top-3  handed over (unanswerable)  only wrong citations (all)");
    const line = (label: string, f: Figures) => {
      const handed = `${share(f.handedOver, f.unanswerable)} (${f.handedOver}/${f.unanswerable})`;
      const wrong = `${share(f.wrongOnly, f.total)} (${f.wrongOnly}/${f.total})`;
      console.log(
        `  ${label.padEnd(4)}  ${share(f.top1, f.answerable)}   ${share(f.top3, f.answerable)}   ${handed.padEnd(26)}  ${wrong}`,
      );
    };
    for (const language of languageCodes) {
      const figures = byLanguage.get(language);
      if (figures) line(language, figures);
    }
    line("all", all);
    const plain = baseline(set.folder, questions);
    console.log(
      `  baseline, plain BM25 + Snowball, French questions: top-1 ${share(plain.top1, plain.answerable)}  top-3 ${share(plain.top3, plain.answerable)} (${plain.answerable} answerable)`,
    );
  }
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

/**
 * Index lifecycle and latency in one tenant with 2,000 articles × 4 languages: the first
 * question of a process (lexicon loaded, index built from one Query), the index ready again
 * after an article edit, and answers with a warm index.
 */
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
  const questions = evalSets().flatMap((set) =>
    set.split === "test"
      ? []
      : readQuestions(resolve(set.folder, "questions.jsonl")).map((question) => question.question),
  );
  if (questions.length === 0) questions.push("Où trouver un médecin traitant ?", "How do I get to school by bus?");
  await withActor({ type: "system", tenantId: tenant.tenantId }, async () => {
    const articles = syntheticArticles(count, languages);
    await Knowledge.importArticles({ version: 1, articles });
    console.log(`\nAssistant index and latency — ${count} articles × ${languages.length} languages in one tenant`);
    let start = performance.now();
    await Assistant.ask({ question: "Où trouver un médecin traitant ?" });
    console.log(
      `  first question of the process (lexicon, one Query, index built): ${(performance.now() - start).toFixed(0)} ms`,
    );
    start = performance.now();
    await Assistant.ask({ question: "Wo finde ich einen Hausarzt?" });
    console.log(`  first question in another language (its index built): ${(performance.now() - start).toFixed(0)} ms`);
    const edited = articles[0] as (typeof articles)[number];
    for (const round of [1, 2]) {
      await Knowledge.importArticles({
        version: 1,
        articles: [
          {
            ...edited,
            translations: { ...edited.translations, fr: { title: `Édité ${round}`, body: `Texte édité ${round}.` } },
          },
        ],
      });
      start = performance.now();
      await Assistant.ask({ question: "Où trouver un médecin traitant ?" });
      console.log(
        `  after an article edit, first answer (stamp, one Query, index updated): ${(performance.now() - start).toFixed(0)} ms`,
      );
    }
    const { catalog } = await Knowledge.published();
    const lexicon = await loadLexicon();
    start = performance.now();
    const cold = new RetrievalIndex(catalog);
    for (const language of languages) cold.language(language);
    console.log(
      `  whole index built from scratch (4 languages), for comparison: ${(performance.now() - start).toFixed(0)} ms`,
    );
    const changed = { ...catalog, stamp: catalog.stamp + 1, bySlug: new Map(catalog.bySlug) };
    const first = catalog.articles[0];
    if (first) changed.bySlug.set(first.slug, { ...first, updatedAt: new Date().toISOString() });
    start = performance.now();
    cold.update(changed);
    console.log(`  index update after one article edit, alone: ${(performance.now() - start).toFixed(1)} ms`);
    let n = 0;
    await measure("assistant: retrieval alone (index warm)", samples, async () => {
      const question = questions[n++ % questions.length] ?? "";
      const { language, alternative } = detectLanguage(question);
      return retrieve(cold, lexicon, question, {
        language,
        others: alternative ? [alternative] : [],
        defaultLanguage: "fr",
      });
    });
    n = 0;
    await measure("assistant: ask (stamp, tenant, retrieval)", samples, () =>
      Assistant.ask({ question: questions[n++ % questions.length]?.slice(0, 1000) ?? "" }),
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
