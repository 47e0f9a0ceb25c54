import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api";
import { CheckField } from "../../ui/CheckField";
import { useDownload } from "../../ui/useDownload";

type CsvFile = "funnel" | "cases";

/**
 * Spreadsheets for admins: the funnel, and every case (personal data: admins only). French Excel
 * reads semicolons between fields (the comma is its decimal mark), so a French console asks for them.
 */
export function CsvDownloads({ files }: { files: CsvFile[] }) {
  const { t, i18n } = useTranslation("conciergerie");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { save, failed } = useDownload();
  const [semicolons, setSemicolons] = useState(i18n.language === "fr");
  const sources = { funnel: trpc.conciergerie.exportFunnel, cases: trpc.conciergerie.exportCases };

  const csvFile = (what: CsvFile) => async () => ({
    name: `${what}-${new Date().toISOString().slice(0, 10)}.csv`,
    // Always fresh: the file must hold what is stored now.
    content: await queryClient.fetchQuery({
      ...sources[what].queryOptions({ separator: semicolons ? ";" : "," }),
      staleTime: 0,
    }),
    type: "text/csv;charset=utf-8",
  });

  return (
    <section aria-labelledby="csv-heading">
      <h2 id="csv-heading">{t("csv.heading")}</h2>
      <CheckField
        id="csv-semicolons"
        label={t("csv.semicolons")}
        hint={t("csv.semicolonsHint")}
        checked={semicolons}
        onChange={setSemicolons}
      />
      <div className="actions">
        {files.map((what) => (
          <button key={what} type="button" className="secondary" onClick={() => save(csvFile(what))}>
            {t(what === "funnel" ? "outcomes.downloadFunnel" : "outcomes.downloadCases")}
          </button>
        ))}
        {failed && (
          <p role="alert" className="field-error">
            {t("outcomes.downloadFailed")}
          </p>
        )}
      </div>
    </section>
  );
}
