import { useQuery } from "@tanstack/react-query";
import { type FormEvent, type ReactNode, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo, useTRPC } from "../../api";
import { Loading } from "../../ui/Loading";
import { TextField } from "../../ui/TextField";
import { QueryFailure } from "../QueryFailure";
import { type CaseSummary, CaseTable, type Selection } from "./CaseTable";

/** Finds a household by the start of a name (accents and case do not matter), e-mail, phone or case reference. */
export function SearchBox({ query, onSearch }: { query: string; onSearch: (query: string) => void }) {
  const { t } = useTranslation("conciergerie");
  const [text, setText] = useState(query);
  // Back and Forward change the search in the address: the box follows.
  useEffect(() => setText(query), [query]);

  function submit(event: FormEvent) {
    event.preventDefault();
    onSearch(text.trim());
  }

  return (
    <search aria-label={t("inbox.search.label")}>
      <form className="filters" onSubmit={submit}>
        <TextField
          id="search"
          label={t("inbox.search.field")}
          hint={t("inbox.search.hint")}
          value={text}
          onChange={setText}
          maxLength={254}
          autoComplete="off"
          spellCheck={false}
          errors={{}}
        />
        <button type="submit">{t("inbox.search.submit")}</button>
        {query && (
          <button type="button" className="secondary" onClick={() => onSearch("")}>
            {t("inbox.search.clear")}
          </button>
        )}
      </form>
    </search>
  );
}

/** The households a search found, or why none were, and what to try next. */
export function SearchResults({
  query,
  selection,
  bulk,
}: {
  query: string;
  selection?: Selection;
  bulk: (shown: CaseSummary[]) => ReactNode;
}) {
  const { t } = useTranslation("conciergerie");
  const trpc = useTRPC();
  const search = useQuery(trpc.conciergerie.search.queryOptions({ query }));
  const found = search.data?.cases;

  if (search.isPending) return <Loading />;
  if (search.error)
    return errorInfo(search.error).code === "BAD_REQUEST" ? (
      <p role="alert" className="field-error">
        {errorInfo(search.error).message}
      </p>
    ) : (
      <QueryFailure error={search.error} retry={() => search.refetch()} />
    );
  return (
    <>
      <h2 id="search-heading">{t("inbox.search.heading", { query })}</h2>
      <p role="status">
        {found?.length
          ? t(found.length >= 25 ? "inbox.search.many" : "inbox.search.found", { count: found.length })
          : t("inbox.search.none", { query })}
      </p>
      {found?.length ? (
        <>
          <CaseTable cases={found} labelledBy="search-heading" withStatus selection={selection} />
          {bulk(found)}
        </>
      ) : null}
    </>
  );
}
