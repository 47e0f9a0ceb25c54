import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { useTRPC } from "../../api";
import { languageNameIn } from "../../languages";
import { Loading } from "../../ui/Loading";
import { usePageTitle } from "../../ui/usePageTitle";
import { useMembership } from "../consoleContext";
import { QueryFailure } from "../QueryFailure";
import { MachineNote } from "./MachineNote";
import { type CoverageItem, MissingLanguages } from "./MissingLanguages";

/** Where each kind of text is written in the console, when it has a page there. */
function editPath(item: CoverageItem) {
  if (item.kind === "article") return `/console/knowledge/articles/${item.ref}`;
  if (item.kind === "notice" || item.kind === "questions") return "/console/conciergerie";
  if (item.kind === "tagline" || item.kind === "hero") return "/console/branding";
  return undefined;
}

/** Which of the territory's texts lack which of its languages, and the machine drafts waiting. */
export function CoveragePage() {
  const { t, i18n } = useTranslation("translation");
  const { name } = useMembership();
  usePageTitle(t("settings:pageTitle", { title: t("coverage.title"), territory: name }));
  const trpc = useTRPC();
  const coverage = useQuery(trpc.translation.coverage.queryOptions());
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const incomplete = coverage.data?.items.filter((item) => item.missing.length > 0) ?? [];

  return (
    <>
      <h1>{t("coverage.title")}</h1>
      <p>{t("coverage.intro")}</p>
      {notice && (
        <p role="status" className="status">
          {notice}
        </p>
      )}
      {coverage.isPending ? (
        <Loading />
      ) : coverage.error ? (
        <QueryFailure error={coverage.error} retry={() => coverage.refetch()} />
      ) : (
        <>
          <MachineNote configured={coverage.data.configured} />
          <p>
            {t("coverage.languages", {
              languages: coverage.data.languages.map((code) => languageNameIn(code, i18n.language)).join(", "),
            })}
          </p>
          {incomplete.length === 0 ? (
            <p>{t("coverage.complete")}</p>
          ) : (
            <table className="coverage">
              <caption>{t("coverage.caption", { count: incomplete.length })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("coverage.text")}</th>
                  <th scope="col">{t("coverage.missing")}</th>
                </tr>
              </thead>
              <tbody>
                {incomplete.map((item) => {
                  const path = editPath(item);
                  const label = t(`coverage.kinds.${item.kind}`, { ref: item.ref });
                  return (
                    <tr key={`${item.kind}#${item.ref}`}>
                      <th scope="row">
                        {path ? <Link to={path}>{label}</Link> : label}
                        {item.title && (
                          <>
                            {" "}
                            <span lang={coverage.data.defaultLanguage}>« {item.title} »</span>
                          </>
                        )}
                      </th>
                      <td>
                        <MissingLanguages item={item} />
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
        </>
      )}
    </>
  );
}
