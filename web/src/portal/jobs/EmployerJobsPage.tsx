import { contracts, jobFields } from "@escale/core/employers/vocabulary";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api";
import { direction, isLanguage, languageName } from "../../languages";
import { CheckField } from "../../ui/CheckField";
import { FormEnd } from "../../ui/FormEnd";
import { type FieldErrors, useFieldErrors } from "../../ui/fieldErrors";
import { Loading } from "../../ui/Loading";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";
import { usePageTitle } from "../../ui/usePageTitle";
import { SubscriptionStatus } from "../employers/SubscriptionStatus";
import { useEmployer } from "../employers/useEmployer";
import { formatDate, isolate } from "../help/format";
import { HelpFailure } from "../help/SignInPrompt";
import { usePortalLanguage } from "../language";
import type { PortalProfile } from "../types";

const order = [
  "title",
  "description",
  "field",
  "contract",
  "commune",
  "salary.minEur",
  "salary.maxEur",
  "expiresOn",
  "form",
];
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** The employer's job offers: post one (in one of the territory's languages), see their status, withdraw. */
export function EmployerJobsPage({ profile }: { profile: PortalProfile }) {
  const { t } = useTranslation("jobs");
  const title = t("space.title");
  usePageTitle(title);
  const me = useEmployer();
  const language = usePortalLanguage();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const mine = useQuery({ ...trpc.jobs.mine.queryOptions(), enabled: me.access });
  const post = useMutation(trpc.jobs.post.mutationOptions());
  const withdraw = useMutation(trpc.jobs.withdraw.mutationOptions());
  const languages = profile.languages.filter(isLanguage);
  const empty = {
    language: isLanguage(language) && languages.includes(language) ? language : profile.defaultLanguage,
    title: "",
    description: "",
    field: "",
    contract: "permanent",
    commune: "",
    minEur: "",
    maxEur: "",
    period: "month",
    openToPartners: true,
    expiresOn: inDays(60),
  };
  const [draft, setDraft] = useState(empty);
  const [status, setStatus] = useState("");
  const { errors, show, showFailure, clearing } = useFieldErrors(order);
  const set = <K extends keyof typeof empty>(key: K) =>
    clearing((value: (typeof empty)[K]) => setDraft({ ...draft, [key]: value }));
  const refresh = () => queryClient.invalidateQueries({ queryKey: trpc.jobs.mine.queryKey() });

  if (!me.access)
    return (
      <>
        <h1>{title}</h1>
        <SubscriptionStatus me={me} />
      </>
    );

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (post.isPending) return;
    setStatus("");
    const found: FieldErrors = {};
    if (!draft.title.trim()) found.title = t("space.errors.title");
    if (!draft.description.trim()) found.description = t("space.errors.description");
    if (!draft.field) found.field = t("space.errors.field");
    if (!draft.commune.trim()) found.commune = t("space.errors.commune");
    if (show(found)) return;
    const salary =
      draft.minEur || draft.maxEur
        ? {
            minEur: draft.minEur ? Number(draft.minEur) : undefined,
            maxEur: draft.maxEur ? Number(draft.maxEur) : undefined,
            period: draft.period as "month",
          }
        : undefined;
    try {
      const posted = await post.mutateAsync({
        title: { [draft.language]: draft.title.trim() },
        description: { [draft.language]: draft.description.trim() },
        field: draft.field,
        contract: draft.contract as (typeof contracts)[number],
        commune: draft.commune.trim(),
        salary,
        openToPartners: draft.openToPartners,
        expiresOn: draft.expiresOn,
      });
      setStatus(
        t(posted.status === "published" ? "space.published" : "space.pending", { title: isolate(draft.title) }),
      );
      setDraft(empty);
      await refresh();
    } catch (error) {
      showFailure(error);
    }
  }

  return (
    <>
      <h1>{title}</h1>
      <p>{t("space.intro")}</p>
      <section aria-labelledby="my-jobs-heading">
        <h2 id="my-jobs-heading">{t("space.mine")}</h2>
        {mine.isPending ? (
          <Loading />
        ) : mine.error ? (
          <HelpFailure retry={() => mine.refetch()} />
        ) : mine.data.length === 0 ? (
          <p>{t("space.none")}</p>
        ) : (
          <ul className="cards">
            {mine.data.map((job) => {
              const [written, text] = Object.entries(job.title)[0] ?? [language, ""];
              const online = (job.status === "pending" || job.status === "published") && !job.expired;
              return (
                <li key={job.id} className="card">
                  <h3 lang={written} dir={direction(written)}>
                    {text}
                  </h3>
                  <p>
                    {job.expired ? t("space.statuses.expired") : t(`space.statuses.${job.status}`)} ·{" "}
                    {t("until", { date: formatDate(job.expiresOn, language) })}
                  </p>
                  {job.rejectionReason && <p>{t("space.reason", { reason: job.rejectionReason })}</p>}
                  {online && (
                    <button
                      type="button"
                      className="secondary"
                      aria-disabled={withdraw.isPending}
                      onClick={() =>
                        withdraw.mutate(
                          { jobId: job.id },
                          {
                            onSuccess: () => {
                              setStatus(t("space.withdrawn", { title: isolate(text) }));
                              void refresh();
                            },
                            onError: (error) => setStatus(error.message),
                          },
                        )
                      }
                    >
                      {t("space.withdraw", { title: text })}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <p role="status" className="status">
        {status}
      </p>
      <form className="form" noValidate onSubmit={submit} aria-labelledby="post-job-heading">
        <h2 id="post-job-heading">{t("space.post")}</h2>
        <SelectField
          id="jobLanguage"
          label={t("space.language")}
          choices={languages.map((code) => ({ value: code, label: languageName(code), lang: code }))}
          value={draft.language}
          onChange={set("language")}
        />
        <TextField
          id="title"
          label={t("space.jobTitle")}
          value={draft.title}
          onChange={set("title")}
          maxLength={160}
          lang={draft.language}
          dir={direction(draft.language)}
          errors={errors}
        />
        <TextField
          id="description"
          label={t("space.description")}
          rows={6}
          value={draft.description}
          onChange={set("description")}
          maxLength={5000}
          lang={draft.language}
          dir={direction(draft.language)}
          errors={errors}
        />
        <SelectField
          id="field"
          label={t("field")}
          choices={[
            { value: "", label: t("space.choose") },
            ...jobFields.map((value) => ({ value, label: t(`fields.${value}`) })),
          ]}
          value={draft.field}
          onChange={set("field")}
          errors={errors}
        />
        <SelectField
          id="contract"
          label={t("contract")}
          choices={contracts.map((value) => ({ value, label: t(`contracts.${value}`) }))}
          value={draft.contract}
          onChange={set("contract")}
        />
        <TextField
          id="commune"
          label={t("commune")}
          value={draft.commune}
          onChange={set("commune")}
          maxLength={120}
          errors={errors}
        />
        <fieldset>
          <legend>{t("space.salary")}</legend>
          <TextField
            id="salary.minEur"
            label={t("space.salaryMin")}
            type="number"
            min={0}
            className="short"
            value={draft.minEur}
            onChange={set("minEur")}
            errors={errors}
          />
          <TextField
            id="salary.maxEur"
            label={t("space.salaryMax")}
            type="number"
            min={0}
            className="short"
            value={draft.maxEur}
            onChange={set("maxEur")}
            errors={errors}
          />
          <SelectField
            id="salary.period"
            label={t("space.period")}
            choices={(["hour", "month", "year"] as const).map((value) => ({ value, label: t(`per.${value}`) }))}
            value={draft.period}
            onChange={set("period")}
          />
        </fieldset>
        <CheckField
          id="openToPartners"
          label={t("openToPartners")}
          checked={draft.openToPartners}
          onChange={set("openToPartners")}
        />
        <TextField
          id="expiresOn"
          label={t("space.expiresOn")}
          type="date"
          value={draft.expiresOn}
          onChange={set("expiresOn")}
          errors={errors}
        />
        <FormEnd submit={t("space.post")} pending={post.isPending} errors={errors} />
      </form>
    </>
  );
}
