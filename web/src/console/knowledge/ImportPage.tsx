import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { TFunction } from "i18next";
import { type ChangeEvent, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo, useTRPC } from "../../api";
import { useDownload } from "../../ui/useDownload";
import { useMembership } from "../consoleContext";
import { ReadOnlyNote } from "../ReadOnlyNote";
import { ImportReport } from "./ImportReport";
import { KnowledgePage } from "./KnowledgePage";
import { knowledgeRights } from "./rights";

type Chosen = { name: string; content: { version: unknown; articles: unknown[] } };

/** Reads a chosen file as an import: JSON with an `articles` list, checked further by the API. */
async function readImport(file: File, t: TFunction<"knowledge">): Promise<Chosen> {
  let content: unknown;
  try {
    content = JSON.parse(await file.text());
  } catch (error) {
    throw new Error(t("import.notJson", { file: file.name, reason: (error as Error).message }));
  }
  const articles = (content as { articles?: unknown } | null)?.articles;
  if (!Array.isArray(articles)) throw new Error(t("import.noList", { file: file.name }));
  return { name: file.name, content: { version: (content as { version?: unknown }).version, articles } };
}

/** Articles in and out as a JSON file (the format of the export), with a report of what the import did. */
export function ImportPage() {
  const { t } = useTranslation("knowledge");
  const { role } = useMembership();
  const rights = knowledgeRights(role);
  return (
    <KnowledgePage title={t("import.title")} intro={t("import.intro")}>
      {rights.write ? <ImportForm /> : <ReadOnlyNote role={role} what={t("what")} />}
      <ExportArticles />
    </KnowledgePage>
  );
}

function ImportForm() {
  const { t } = useTranslation("knowledge");
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
      setChosen(await readImport(file, t));
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
      <h2 id="import-heading">{t("import.heading")}</h2>
      <div className="field">
        <label htmlFor="import-file">{t("import.file")}</label>
        <p id="import-file-hint" className="hint">
          {t("import.fileHint")}
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
            {t("import.submit", { count: chosen.content.articles.length, file: chosen.name })}
          </button>
        </p>
      )}
      {importArticles.isPending && (
        <div className="progress">
          <label htmlFor="import-progress">{t("import.importing", { file: chosen?.name })}</label>
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
  const { t } = useTranslation("knowledge");
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
      <h2 id="export-heading">{t("import.exportHeading")}</h2>
      <p>{t("import.exportIntro")}</p>
      <button type="button" className="secondary" aria-disabled={pending} onClick={() => save(exported)}>
        {t("import.download")}
      </button>
      {failed && (
        <p role="alert" className="field-error">
          {t("import.exportFailed")}
        </p>
      )}
    </section>
  );
}
