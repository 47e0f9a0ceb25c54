import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api";
import { direction } from "../../languages";
import { useFormat } from "../format";
import { useJobLabels } from "./labels";

/** On a case whose partner looks for work: the job offers online in that field, to pass on. */
export function CaseJobs({ caseId }: { caseId: string }) {
  const { t } = useTranslation("employers-console");
  const format = useFormat();
  const labels = useJobLabels();
  const trpc = useTRPC();
  const matches = useQuery(trpc.employersConsole.jobsForCase.queryOptions({ caseId }));
  if (!matches.data?.partnerLooking) return null;
  const fields = format.list(matches.data.fields.map(labels.field));
  return (
    <section aria-labelledby="case-jobs-heading" className="panel">
      <h2 id="case-jobs-heading">{t("caseJobs.title")}</h2>
      {matches.data.fields.length === 0 ? (
        <p>{t("caseJobs.noField")}</p>
      ) : matches.data.jobs.length === 0 ? (
        <p>{t("caseJobs.none", { fields })}</p>
      ) : (
        <>
          <p>{t("caseJobs.intro", { fields })}</p>
          <ul>
            {matches.data.jobs.map((job) => (
              <li key={job.id}>
                <strong lang={job.language} dir={direction(job.language)}>
                  {job.title}
                </strong>{" "}
                {t("caseJobs.summary", {
                  employer: job.employerName,
                  contract: labels.contract(job.contract),
                  commune: job.commune,
                  expiry: format.day(job.expiresOn),
                })}
                {job.openToPartners && ` · ${t("jobs.openToPartners")}`}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
