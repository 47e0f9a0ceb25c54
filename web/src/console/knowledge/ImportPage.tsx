import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type ChangeEvent, useEffect, useState } from "react";
import { errorInfo, useTRPC } from "../../api";
import { useDownload } from "../../ui/useDownload";
import { useMembership } from "../consoleContext";
import { ReadOnlyNote } from "../ReadOnlyNote";
import { ImportReport } from "./ImportReport";
import { KnowledgePage } from "./KnowledgePage";
import { knowledgeRights } from "./rights";

type Chosen = { name: string; content: { version: unknown; articles: unknown[] } };

/** Reads a chosen file as an import: JSON with an `articles` list, checked further by the API. */
async function readImport(file: File): Promise<Chosen> {
  let content: unknown;
  try {
    content = JSON.parse(await file.text());
  } catch (error) {
    throw new Error(
      `${file.name} is not valid JSON (${(error as Error).message}). Export your articles to see the format.`,
    );
  }
  const articles = (content as { articles?: unknown } | null)?.articles;
  if (!Array.isArray(articles))
    throw new Error(`${file.name} has no "articles" list. Export your articles to see the format.`);
  return { name: file.name, content: { version: (content as { version?: unknown }).version, articles } };
}

/** Articles in and out as a JSON file (the format of the export), with a report of what the import did. */
export function ImportPage() {
  const { role } = useMembership();
  const rights = knowledgeRights(role);
  return (
    <KnowledgePage
      title="Import and export"
      intro="Move articles between Escale and your own tools with a JSON file. An import adds new articles and updates those with the same slug; it never makes duplicates."
    >
      {rights.write ? <ImportForm /> : <ReadOnlyNote role={role} what="the articles" />}
      <ExportArticles />
    </KnowledgePage>
  );
}

function ImportForm() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const importArticles = useMutation(trpc.knowledge.importArticles.mutationOptions());
  const [chosen, setChosen] = useState<Chosen>();
  const [error, setError] = useState<string>();
  const report = importArticles.data;

  // The report replaces the form's button: reading goes on from its heading.
  useEffect(() => {
    if (report) document.getElementById("report-heading")?.focus();
  }, [report]);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again, once fixed, reads it again.
    event.target.value = "";
    setError(undefined);
    setChosen(undefined);
    importArticles.reset();
    if (!file) return;
    try {
      setChosen(await readImport(file));
    } catch (failure) {
      setError((failure as Error).message);
    }
  }

  function send() {
    if (!chosen || importArticles.isPending) return;
    setError(undefined);
    importArticles.mutate(chosen.content as { version: number; articles: unknown[] }, {
      onSuccess: () => void queryClient.invalidateQueries(trpc.knowledge.list.queryFilter()),
      onError: (failure) => setError(errorInfo(failure).message),
    });
  }

  return (
    <section aria-labelledby="import-heading">
      <h2 id="import-heading">Import articles</h2>
      <div className="field">
        <label htmlFor="import-file">JSON file of articles</label>
        <p id="import-file-hint" className="hint">
          Up to 2,000 articles, in the format of the export below. Articles without a status are published.
        </p>
        <input
          id="import-file"
          type="file"
          accept="application/json,.json"
          disabled={importArticles.isPending}
          onChange={(event) => void choose(event)}
          aria-describedby={error ? "import-file-hint import-error" : "import-file-hint"}
          aria-invalid={error ? true : undefined}
        />
      </div>
      {chosen && !report && (
        <p>
          <button type="button" aria-disabled={importArticles.isPending} onClick={send}>
            Import {chosen.content.articles.length} {chosen.content.articles.length === 1 ? "article" : "articles"} from{" "}
            {chosen.name}
          </button>
        </p>
      )}
      {importArticles.isPending && (
        <div className="progress">
          <label htmlFor="import-progress">Importing {chosen?.name}…</label>
          {/* One request: how far the server has got cannot be known, so the bar only says it is at work. */}
          <progress id="import-progress" />
        </div>
      )}
      {error && (
        <p id="import-error" role="alert" className="field-error">
          {error}
        </p>
      )}
      {report && chosen && <ImportReport report={report} fileName={chosen.name} />}
    </section>
  );
}

function ExportArticles() {
  const { slug } = useMembership();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { save, pending, failed } = useDownload();

  async function exported() {
    // Always fresh: the file must hold the articles as they are now.
    const data = await queryClient.fetchQuery({ ...trpc.knowledge.exportArticles.queryOptions(), staleTime: 0 });
    return {
      name: `${slug}-knowledge-${new Date().toISOString().slice(0, 10)}.json`,
      content: JSON.stringify(data, null, 2),
      type: "application/json",
    };
  }

  return (
    <section aria-labelledby="export-heading">
      <h2 id="export-heading">Export articles</h2>
      <p>Every article, drafts included, in every language, in the file format the import reads.</p>
      <button type="button" className="secondary" aria-disabled={pending} onClick={() => save(exported)}>
        Download the articles (JSON)
      </button>
      {failed && (
        <p role="alert" className="field-error">
          The export failed. Check your connection and try again.
        </p>
      )}
    </section>
  );
}
