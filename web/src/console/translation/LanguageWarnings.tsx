import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useTRPC } from "../../api";
import { languageNameIn } from "../../languages";
import { MachineNote } from "./MachineNote";

/**
 * What the territory's languages still lack: a privacy notice in each (readers consent to it in
 * their own language), and whether machine drafts can help.
 */
export function LanguageWarnings() {
  const { t, i18n } = useTranslation("translation");
  const trpc = useTRPC();
  const coverage = useQuery(trpc.translation.coverage.queryOptions());
  if (!coverage.data) return null;
  const missing = coverage.data.noticeMissing;
  return (
    <section aria-labelledby="language-texts">
      <h2 id="language-texts">{t("coverage.title")}</h2>
      {missing.length > 0 && (
        <div className="note">
          <p>
            {t("languages.noticeMissing", {
              count: missing.length,
              languages: missing.map((code) => languageNameIn(code, i18n.language)).join(", "),
            })}{" "}
            <Link to="/console/conciergerie">{t("languages.writeNotice")}</Link>
          </p>
        </div>
      )}
      <MachineNote configured={coverage.data.configured} />
      <p>
        <Link to="/console/translations">{t("languages.coverage")}</Link>
      </p>
    </section>
  );
}
