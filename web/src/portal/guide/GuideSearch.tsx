import type { Language } from "@escale/core/languages";
import { useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useTRPC } from "../../api";
import { direction, languageNameIn } from "../../languages";
import { TextField } from "../../ui/TextField";
import { isolate } from "../help/format";

/**
 * The guide's search box. The words go in the address (?q=), so a search can be shared and the
 * browser's Back button returns to it.
 */
export function GuideSearch({ language }: { language: Language }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [params, setParams] = useSearchParams();
  const query = params.get("q")?.trim() ?? "";
  const [typed, setTyped] = useState(query);
  const results = useQuery({ ...trpc.assistant.search.queryOptions({ query, language }), enabled: query !== "" });

  function submit(event: FormEvent) {
    event.preventDefault();
    const words = typed.trim();
    setParams(words ? { q: words } : {});
  }

  return (
    <search className="guide-search" aria-label={t("guide.search.label")}>
      <form className="inline-form" onSubmit={submit}>
        <TextField
          id="guide-search"
          label={t("guide.search.label")}
          maxLength={200}
          value={typed}
          onChange={setTyped}
          errors={{}}
        />
        <button type="submit">{t("guide.search.button")}</button>
      </form>
      {query !== "" && (
        <div className="search-results">
          <p role="status">
            {results.isPending
              ? t("loading")
              : results.error
                ? t("help.errors.load")
                : results.data.length === 0
                  ? t("guide.search.none", { query: isolate(query) })
                  : t("guide.search.count", { count: results.data.length, query: isolate(query) })}
          </p>
          {results.data?.length === 0 && (
            <p>
              <Link to="/assistant">{t("guide.askAssistant")}</Link>
            </p>
          )}
          {results.data && results.data.length > 0 && (
            <ul className="results">
              {results.data.map((result) => (
                <li key={result.slug}>
                  <Link to={result.path} lang={result.language} dir={direction(result.language)}>
                    {result.title}
                  </Link>
                  <span className="hint">
                    {t(`guide.category.${result.category}`)}
                    {result.fallback &&
                      ` · ${t("guide.inLanguage", { language: languageNameIn(result.language, language) })}`}
                  </span>
                </li>
              ))}
            </ul>
          )}
          <p>
            <Link to="/guide" onClick={() => setTyped("")}>
              {t("guide.search.clear")}
            </Link>
          </p>
        </div>
      )}
    </search>
  );
}
