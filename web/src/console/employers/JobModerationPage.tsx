import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo, useTRPC } from "../../api";
import { direction } from "../../languages";
import { ActionStatus } from "../../ui/ActionStatus";
import { useFieldErrors } from "../../ui/fieldErrors";
import { Loading } from "../../ui/Loading";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";
import { useMembership } from "../consoleContext";
import { useFormat } from "../format";
import { QueryFailure } from "../QueryFailure";
import { EmployersSection } from "./EmployersSection";
import { useJobLabels } from "./labels";
import { employerRights } from "./rights";
import type { ModeratedJob } from "./types";

type Status = "pending" | "published" | "rejected";

/** Job offers employers posted: those waiting for approval, those online, those refused. */
export function JobModerationPage() {
  const { t } = useTranslation("employers-console");
  const trpc = useTRPC();
  const [status, setStatus] = useState<Status>("pending");
  const [said, setSaid] = useState("");
  const jobs = useQuery(trpc.employersConsole.jobs.queryOptions({ status }));
  const settings = useQuery(trpc.employersConsole.settings.queryOptions());

  return (
    <EmployersSection title={t("jobs.title")} intro={t("jobs.intro")}>
      {settings.data && (
        <p className="note">
          {t(settings.data.jobModeration === "approval" ? "jobs.modeApproval" : "jobs.modeImmediate")}
        </p>
      )}
      <SelectField
        id="status"
        label={t("jobs.show")}
        choices={(["pending", "published", "rejected"] as const).map((value) => ({
          value,
          label: t(`jobs.statuses.${value}`),
        }))}
        value={status}
        onChange={setStatus}
      />
      <ActionStatus status={said} />
      {jobs.isPending ? (
        <Loading />
      ) : jobs.error ? (
        <QueryFailure error={jobs.error} retry={() => jobs.refetch()} />
      ) : jobs.data.length === 0 ? (
        <p>{t(`jobs.none.${status}`)}</p>
      ) : (
        <ul className="cards">
          {jobs.data.map((job) => (
            <JobCard key={job.id} job={job} onDone={setSaid} />
          ))}
        </ul>
      )}
    </EmployersSection>
  );
}

function JobCard({ job, onDone }: { job: ModeratedJob; onDone: (message: string) => void }) {
  const { t } = useTranslation("employers-console");
  const format = useFormat();
  const labels = useJobLabels();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { role } = useMembership();
  const approve = useMutation(trpc.employersConsole.approveJob.mutationOptions());
  const reject = useMutation(trpc.employersConsole.rejectJob.mutationOptions());
  const [reason, setReason] = useState("");
  const [failure, setFailure] = useState("");
  const { errors, show, showFailure, clearing } = useFieldErrors([`reason-${job.id}`, "form"]);
  const [language, title] = Object.entries(job.title)[0] ?? ["fr", ""];
  const refresh = () => queryClient.invalidateQueries(trpc.employersConsole.jobs.pathFilter());

  function refuse(event: FormEvent) {
    event.preventDefault();
    if (reject.isPending) return;
    if (reason.trim().length < 3 && show({ [`reason-${job.id}`]: t("jobs.errors.reason") })) return;
    reject.mutate(
      { jobId: job.id, reason: reason.trim() },
      {
        onSuccess: () => {
          onDone(t("jobs.rejected", { title }));
          void refresh();
        },
        onError: (error) => showFailure(error),
      },
    );
  }

  return (
    <li className="card">
      <h2 lang={language} dir={direction(language)}>
        {title}
      </h2>
      <p>
        {t("jobs.summary", {
          employer: job.employerName,
          field: labels.field(job.field),
          contract: labels.contract(job.contract),
          commune: job.commune,
          expiry: format.day(job.expiresOn),
        })}
      </p>
      <p lang={language} dir={direction(language)}>
        {job.description[language]}
      </p>
      {job.openToPartners && <p className="badge">{t("jobs.openToPartners")}</p>}
      {job.rejectionReason && <p>{t("jobs.reason", { reason: job.rejectionReason })}</p>}
      {employerRights(role).manage && job.status !== "rejected" && (
        <div className="actions">
          {job.status === "pending" && (
            <button
              type="button"
              aria-disabled={approve.isPending}
              onClick={() =>
                approve.mutate(
                  { jobId: job.id },
                  {
                    onSuccess: () => {
                      onDone(t("jobs.approved", { title }));
                      void refresh();
                    },
                    onError: (error) => setFailure(errorInfo(error).message),
                  },
                )
              }
            >
              {t("jobs.approve", { title })}
            </button>
          )}
          <form noValidate onSubmit={refuse} aria-label={t("jobs.rejectLabel", { title })}>
            <TextField
              id={`reason-${job.id}`}
              label={t("jobs.reasonLabel")}
              value={reason}
              onChange={clearing(setReason)}
              maxLength={500}
              errors={errors}
            />
            <button type="submit" className="secondary" aria-disabled={reject.isPending}>
              {t("jobs.reject")}
            </button>
            {errors.form && (
              <p role="alert" className="field-error">
                {errors.form}
              </p>
            )}
          </form>
          {failure && (
            <p role="alert" className="field-error">
              {failure}
            </p>
          )}
        </div>
      )}
    </li>
  );
}
