/**
 * Fits the assistant's answer/hand-over model on the DEV sets only (never the test set) and
 * writes its weights to packages/core/src/assistant/data/decision.json. In-process, without a
 * database: the knowledge files are read as the import would store them.
 *
 *   pnpm tsx bench/assistant-calibrate.ts            # fit and write
 *   pnpm tsx bench/assistant-calibrate.ts --report   # print the dev figures, write nothing
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Catalog, PublishedArticle } from "@escale/core/knowledge";
import type { Language } from "@escale/core/languages";
import { repoRoot } from "@escale/local/paths";
import { citeShare, inputs } from "../packages/core/src/assistant/decision";
import { detectLanguage } from "../packages/core/src/assistant/language";
import { loadLexicon } from "../packages/core/src/assistant/lexicon";
import { type Features, RetrievalIndex, retrieve } from "../packages/core/src/assistant/retrieval";
import { select } from "../packages/core/src/assistant/select";

type Question = { id: string; lang: string; question: string; expected: string[]; kind?: string };
const devRoot = resolve(repoRoot, "bench", "assistant-eval", "dev");
const decisionFile = resolve(repoRoot, "packages", "core", "src", "assistant", "data", "decision.json");

export function loadSet(folder: string) {
  const knowledge = JSON.parse(readFileSync(resolve(folder, "knowledge.json"), "utf8")) as {
    articles: (Omit<PublishedArticle, "updatedAt"> & { status?: string })[];
  };
  const articles = knowledge.articles
    .filter((article) => (article.status ?? "published") === "published")
    .map((article) => ({ ...article, updatedAt: "0" }));
  const catalog: Catalog = { stamp: 1, articles, bySlug: new Map(articles.map((article) => [article.slug, article])) };
  const questions = readFileSync(resolve(folder, "questions.jsonl"), "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Question);
  return { catalog, questions };
}

if (process.argv[1]?.endsWith("assistant-calibrate.ts")) await main();
async function main() {
  const report = process.argv.includes("--report");
  const sets = process.argv.filter((arg) => arg.startsWith("--set=")).map((arg) => arg.slice(6));
  const folders = (sets.length ? sets : existsSync(devRoot) ? readdirSync(devRoot) : []).map((name) =>
    name.includes("/") ? name : resolve(devRoot, name),
  );
  const lexicon = await loadLexicon();
  const rows: { x: Record<keyof Features, number>; y: number; answerable: boolean }[] = [];
  for (const folder of folders) {
    const { catalog, questions } = loadSet(folder);
    const index = new RetrievalIndex(catalog);
    const stats = new Map<string, { n: number; top1: number; top3: number; handed: number; ranked3: number }>();
    let unanswerable = 0;
    let handedOver = 0;
    let wrongOnly = 0;
    const misses: string[] = [];
    for (const question of questions) {
      const { language, alternative } = detectLanguage(question.question);
      const options = { language, others: alternative ? [alternative] : [], defaultLanguage: "fr" as Language };
      const retrieval = retrieve(index, lexicon, question.question, options);
      const top = retrieval.ranked[0];
      if (retrieval.features)
        rows.push({
          x: inputs(retrieval.features),
          // Right when the articles it would cite hold one that answers.
          y: retrieval.ranked
            .filter(
              (candidate) =>
                top && candidate.score >= citeShare * top.score && candidate.coverage >= 0.8 * top.coverage,
            )
            .slice(0, 3)
            .some((candidate) => question.expected.includes(candidate.slug))
            ? 1
            : 0,
          answerable: question.expected.length > 0,
        });
      const chosen = select(index, lexicon, question.question, options).cited.map((cited) => cited.slug);
      if (chosen.length > 0 && !chosen.some((slug) => question.expected.includes(slug))) wrongOnly++;
      if (question.expected.length === 0) {
        unanswerable++;
        if (chosen.length === 0) handedOver++;
        else misses.push(`  ANSWERED ${question.kind} ${question.lang} ${question.question} -> ${chosen.join(",")}`);
        continue;
      }
      const figures = stats.get(question.lang) ?? { n: 0, top1: 0, top3: 0, handed: 0, ranked3: 0 };
      figures.n++;
      if (retrieval.ranked.slice(0, 3).some((r) => question.expected.includes(r.slug))) figures.ranked3++;
      if (chosen[0] && question.expected.includes(chosen[0])) figures.top1++;
      if (chosen.slice(0, 3).some((slug) => question.expected.includes(slug))) figures.top3++;
      else
        misses.push(
          `  MISS ${question.lang}/${language} ${question.question} -> [${chosen.join(",")}] want ${question.expected.join(",")}; ranked ${retrieval.ranked
            .slice(0, 3)
            .map((r) => `${r.slug}:${r.score.toFixed(2)}`)
            .join(" ")}`,
        );
      if (chosen.length === 0) figures.handed++;
      stats.set(question.lang, figures);
    }
    console.log(`\n${folder} — ${questions.length} questions`);
    for (const [lang, f] of [...stats].sort())
      console.log(
        `  ${lang} top-1 ${(f.top1 / f.n).toFixed(2)} top-3 ${(f.top3 / f.n).toFixed(2)} handed ${f.handed}/${f.n} (ranking alone: top-3 ${(f.ranked3 / f.n).toFixed(2)})`,
      );
    console.log(
      `  unanswerable handed over ${handedOver}/${unanswerable}; answered with only wrong citations ${((100 * wrongOnly) / questions.length).toFixed(1)} %`,
    );
    if (process.argv.includes("--misses")) console.log(misses.join("\n"));
  }

  if (!report && rows.length > 0) {
    // Logistic regression by gradient descent, with a little L2 so that few questions do not overfit.
    const keys = Object.keys(rows[0]?.x ?? {}) as (keyof Features)[];
    const w: Record<string, number> = { bias: 0, ...Object.fromEntries(keys.map((key) => [key, 0])) };
    const rate = 0.5;
    const l2 = 0.001;
    for (let epoch = 0; epoch < 4000; epoch++) {
      const grad: Record<string, number> = Object.fromEntries(Object.keys(w).map((key) => [key, 0]));
      for (const row of rows) {
        let z = w.bias as number;
        for (const key of keys) z += (w[key] as number) * row.x[key];
        const error = 1 / (1 + Math.exp(-z)) - row.y;
        grad.bias = (grad.bias as number) + error;
        for (const key of keys) grad[key] = (grad[key] as number) + error * row.x[key];
      }
      for (const key of Object.keys(w))
        w[key] =
          (w[key] as number) -
          rate * ((grad[key] as number) / rows.length + (key === "bias" ? 0 : l2 * (w[key] as number)));
    }
    const probability = (row: (typeof rows)[number]) => {
      let z = w.bias as number;
      for (const key of keys) z += (w[key] as number) * row.x[key];
      return 1 / (1 + Math.exp(-z));
    };
    // The threshold: a right answer counts once, a wrong one three times (a confident wrong answer
    // is the worst outcome; a hand-over still reaches a person).
    let best = { threshold: 0.5, value: -Infinity };
    for (let threshold = 0.05; threshold <= 0.95; threshold += 0.01) {
      let right = 0;
      let wrong = 0;
      let held = 0;
      let unanswerable = 0;
      for (const row of rows) {
        const answers = probability(row) >= threshold;
        if (!row.answerable) {
          unanswerable++;
          if (!answers) held++;
        }
        if (answers && row.y) right++;
        if (answers && !row.y) wrong++;
      }
      const value = right - 3 * wrong;
      console.log(
        `  threshold ${threshold.toFixed(2)}: right ${right}, wrong ${wrong}, unanswerable held ${held}/${unanswerable}`,
      );
      if (value > best.value) best = { threshold, value };
    }
    const current = JSON.parse(readFileSync(decisionFile, "utf8"));
    const weights = Object.fromEntries(Object.entries(w).map(([key, value]) => [key, Number(value.toFixed(3))]));
    writeFileSync(
      decisionFile,
      `${JSON.stringify({ ...current, weights, threshold: Number(best.threshold.toFixed(2)) }, null, 2)}\n`,
    );
    console.log("\nfitted", weights, "threshold", best.threshold.toFixed(2), "on", rows.length, "questions");
  }
}
