import { readFile } from "node:fs/promises";
import * as Assistant from "@escale/core/assistant";
import { VisibleError } from "@escale/core/error";
import * as Knowledge from "@escale/core/knowledge";
import { type Language, languageCodes } from "@escale/core/languages";
import { type Command, Option } from "commander";
import { action, inTenant, output } from "./command";

async function readJson(path: string, what: string): Promise<unknown> {
  const text = await readFile(path, "utf8").catch(() => {
    throw new VisibleError("not-found", "no_such_file", `Cannot read ${path}.`);
  });
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new VisibleError("input", "invalid_json", `${path} is not valid JSON (${(error as Error).message}): ${what}`);
  }
}

/** What the CLI prints of an answer: the fields scripts and the bench rely on. */
function printable(reply: Awaited<ReturnType<typeof Assistant.ask>>) {
  const { language, answered, answer, citations, handover } = reply;
  return {
    language,
    answered,
    answer,
    citations: citations.map(({ slug, title, url }) => ({ slug, title, url })),
    handover,
  };
}

const languageOption = () =>
  new Option("--lang <code>", "the asker's page language, used when unsure").choices(languageCodes);

/** `pnpm escale knowledge …` and `pnpm escale assistant …`: the welcome guide and its assistant. */
export function registerKnowledgeCommands(program: Command) {
  const knowledge = program.command("knowledge").description("Welcome-guide articles");

  knowledge
    .command("import <file>")
    .description("Import articles from a knowledge.json file (by slug: updates, never duplicates)")
    .requiredOption("--tenant <slug>", "the territory")
    .option("--json", "print the per-article report as JSON")
    .action(
      action(async (file: string, options: { tenant: string; json?: boolean }) => {
        const content = await readJson(file, 'expected {"version": 1, "articles": [...]}');
        const report = await inTenant(options.tenant, () =>
          Knowledge.importArticles(content as Parameters<typeof Knowledge.importArticles>[0]),
        );
        const invalid = report.articles.filter((article) => article.status === "invalid");
        const noted = report.articles.filter((article) => article.notes?.length);
        const lines = [
          `${report.articles.length} articles: ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${report.invalid} invalid.`,
          ...invalid.map(
            (article) =>
              `  #${article.index + 1} ${article.slug ?? "(no slug)"}: ${(article.errors ?? []).map((e) => e.message).join("; ")}`,
          ),
          ...noted.map(
            (article) =>
              `  #${article.index + 1} ${article.slug}: ${(article.notes ?? []).map((note) => note.message).join("; ")}`,
          ),
        ];
        output(Boolean(options.json), report, lines.join("\n"));
        if (invalid.length > 0) process.exitCode = 1;
      }),
    );

  knowledge
    .command("export")
    .description("Print every article of a territory in the knowledge.json format")
    .requiredOption("--tenant <slug>", "the territory")
    .action(
      action(async (options: { tenant: string }) => {
        console.log(JSON.stringify(await inTenant(options.tenant, () => Knowledge.exportArticles()), null, 2));
      }),
    );

  program
    .command("assistant")
    .description("The multilingual assistant")
    .command("ask [question]")
    .description("Ask the assistant a question, or every question of a JSON Lines file with --batch")
    .requiredOption("--tenant <slug>", "the territory")
    .addOption(languageOption())
    .option("--batch <file>", 'a JSON Lines file of {"id", "question"}: prints one answer per line, with its id')
    .option("--plain", "plain-language mode: short sentences")
    .option("--json", "print JSON")
    .action(
      action(
        async (
          question: string | undefined,
          options: { tenant: string; lang?: Language; batch?: string; plain?: boolean; json?: boolean },
        ) => {
          const ask = (text: string) =>
            Assistant.ask({ question: text, language: options.lang, plainLanguage: Boolean(options.plain) });
          if (options.batch) {
            const batch = options.batch;
            await inTenant(options.tenant, async () => {
              const lines = (await readFile(batch, "utf8")).split("\n").filter((line) => line.trim());
              for (const [number, line] of lines.entries()) {
                let id: unknown = number + 1;
                try {
                  const item = JSON.parse(line) as { id?: unknown; question?: unknown };
                  id = item.id ?? id;
                  console.log(JSON.stringify({ id, ...printable(await ask(String(item.question ?? ""))) }));
                } catch (error) {
                  process.exitCode = 1;
                  const message =
                    error instanceof VisibleError ? error.message : `line ${number + 1} is not valid JSON`;
                  console.log(JSON.stringify({ id, error: message }));
                }
              }
            });
            return;
          }
          if (!question) throw new VisibleError("input", "no_question", "Give a question, or a file with --batch.");
          const reply = printable(await inTenant(options.tenant, () => ask(question)));
          const sources = reply.citations.map((citation) => `- ${citation.title} (${citation.url})`);
          output(
            Boolean(options.json),
            reply,
            [reply.answer, ...(sources.length ? ["", "Sources:", ...sources] : [])].join("\n"),
          );
        },
      ),
    );
}
