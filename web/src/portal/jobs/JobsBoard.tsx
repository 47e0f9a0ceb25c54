import { contracts, jobFields } from "@escale/core/employers/vocabulary";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { useTRPC } from "../../api";
import { direction, languageNameIn } from "../../languages";
import { CheckField } from "../../ui/CheckField";
import { Loading } from "../../ui/Loading";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";
import { usePageTitle } from "../../ui/usePageTitle";
import { formatDate } from "../help/format";
import { HelpFailure } from "../help/SignInPrompt";
import { usePortalLanguage } from "../language";
import type { PortalProfile } from "../types";

type Salary = { minEur?: number; maxEur?: number; period?: "hour" | "month" | "year" } | null;

/**
 * The jobs board: partner employers' offers online, filtered by field, contract and commune,
 * searchable, a page at a time. The filters go in the address, so a search can be shared.
 */
export default function JobsBoard({ profile }: { profile: PortalProfile }) {
  const { t } = useTranslation("jobs");
  usePageTitle(`${t("title")} · ${profile.name}`);
  const trpc = useTRPC();
  const language = usePortalLanguage();
  const [params, setParams] = useSearchParams();
  const filters = {
    field: params.get("field") ?? "",
    contract: params.get("contract") ?? "",
    commune: params.get("commune") ?? "",
    query: params.get("q") ?? "",
    partners: params.get("partners") === "1",
  };
  const page = Math.max(1, Number(params.get("page")) || 1);
  const board = useQuery({
    ...trpc.jobs.board.queryOptions({
      language,
      field: filters.field || undefined,
      contract: (filters.contract || undefined) as (typeof contracts)[number] | undefined,
      commune: filters.commune || undefined,
      query: filters.query || undefined,
      openToPartners: filters.partners || undefined,
      page,
    }),
    placeholderData: keepPreviousData,
  });
  const [draft, setDraft] = useState(filters);

  function apply(event: FormEvent) {
    event.preventDefault();
    const next: Record<string, string> = {};
    if (draft.field) next.field = draft.field;
    if (draft.contract) next.contract = draft.contract;
    if (draft.commune) next.commune = draft.commune;
    if (draft.query.trim()) next.q = draft.query.trim();
    if (draft.partners) next.partners = "1";
    setParams(next);
  }

  const pageLink = (to: number) => {
    const next = new URLSearchParams(params);
    next.set("page", String(to));
    return `?${next}`;
  };
  const any = { value: "", label: t("any") };

  return (
    <>
      <h1>{t("title")}</h1>
      <p className="lead">{t("intro", { territory: profile.name })}</p>
      <search aria-label={t("filters")}>
        <form className="filters" onSubmit={apply}>
          <TextField
            id="q"
            label={t("search")}
            maxLength={120}
            value={draft.query}
            onChange={(query) => setDraft({ ...draft, query })}
            errors={{}}
          />
          <SelectField
            id="field"
            label={t("field")}
            choices={[any, ...jobFields.map((value) => ({ value, label: t(`fields.${value}`) }))]}
            value={draft.field}
            onChange={(field) => setDraft({ ...draft, field })}
          />
          <SelectField
            id="contract"
            label={t("contract")}
            choices={[any, ...contracts.map((value) => ({ value, label: t(`contracts.${value}`) }))]}
            value={draft.contract}
            onChange={(contract) => setDraft({ ...draft, contract })}
          />
          <SelectField
            id="commune"
            label={t("commune")}
            choices={[any, ...(board.data?.communes ?? []).map((value) => ({ value, label: value }))]}
            value={draft.commune}
            onChange={(commune) => setDraft({ ...draft, commune })}
          />
          <CheckField
            id="partners"
            label={t("openToPartnersFilter")}
            checked={draft.partners}
            onChange={(partners) => setDraft({ ...draft, partners })}
          />
          <button type="submit">{t("show")}</button>
        </form>
      </search>
      {board.isPending ? (
        <Loading what={t("translation:loading")} />
      ) : board.error ? (
        <HelpFailure retry={() => board.refetch()} />
      ) : (
        <div aria-busy={board.isPlaceholderData}>
          <p role="status">{t("found", { total: board.data.total })}</p>
          {board.data.total === 0 ? (
            <p>{t("none")}</p>
          ) : (
            <ul className="cards">
              {board.data.jobs.map((job) => (
                <li key={job.id} className="card">
                  <h2 lang={job.language} dir={direction(job.language)}>
                    {job.title}
                  </h2>
                  <p>
                    {t("summary", {
                      employer: job.employerName,
                      field: t(`fields.${job.field}`),
                      contract: t(`contracts.${job.contract}`),
                      commune: job.commune,
                    })}
                  </p>
                  <SalaryLine salary={job.salary} />
                  <p lang={job.language} dir={direction(job.language)} className="job-description">
                    {job.description}
                  </p>
                  <p>{t("until", { date: formatDate(job.expiresOn, language) })}</p>
                  {job.openToPartners && <p className="badge">{t("openToPartners")}</p>}
                  {job.language !== language && (
                    <p className="badge">{t("inLanguage", { language: languageNameIn(job.language, language) })}</p>
                  )}
                </li>
              ))}
            </ul>
          )}
          {board.data.pages > 1 && (
            <nav aria-label={t("pagination")} className="pager">
              {board.data.page > 1 && <Link to={pageLink(board.data.page - 1)}>{t("previous")}</Link>}
              <span>{t("page", { page: board.data.page, pages: board.data.pages })}</span>
              {board.data.page < board.data.pages && <Link to={pageLink(board.data.page + 1)}>{t("next")}</Link>}
            </nav>
          )}
        </div>
      )}
    </>
  );
}

function SalaryLine({ salary }: { salary: Salary }) {
  const { t } = useTranslation("jobs");
  const language = usePortalLanguage();
  if (!salary?.period || (salary.minEur === undefined && salary.maxEur === undefined)) return null;
  const euros = (value: number) =>
    new Intl.NumberFormat(language, { style: "currency", currency: "EUR", maximumFractionDigits: 0 }).format(value);
  const per = t(`per.${salary.period}`);
  const text =
    salary.minEur !== undefined && salary.maxEur !== undefined
      ? t("salaryRange", { min: euros(salary.minEur), max: euros(salary.maxEur), per })
      : salary.minEur !== undefined
        ? t("salaryFrom", { min: euros(salary.minEur), per })
        : t("salaryUpTo", { max: euros(salary.maxEur ?? 0), per });
  return <p>{text}</p>;
}
