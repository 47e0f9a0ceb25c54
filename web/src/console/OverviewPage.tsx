import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useTRPC } from "../api";
import { portalOrigin } from "../host";
import { Loading } from "../ui/Loading";
import { usePageTitle } from "../ui/usePageTitle";
import { useMembership } from "./consoleContext";
import { QueryFailure } from "./QueryFailure";

/** Where each step of the checklist is done; its words are `overview.steps.{step}`. */
const steps: Record<string, string> = {
  "brand-colour": "/console/branding",
  logo: "/console/branding",
  tagline: "/console/branding",
  team: "/console/team",
  "privacy-notice": "/console/conciergerie",
};

export function OverviewPage() {
  const { t } = useTranslation("settings");
  const { name, slug } = useMembership();
  usePageTitle(t("overview.pageTitle", { territory: name }));
  const trpc = useTRPC();
  const settings = useQuery(trpc.console.settings.queryOptions());
  const portal = portalOrigin(slug);

  return (
    <>
      <h1>{name}</h1>
      <p>
        {t("overview.portal")} <a href={portal}>{portal}</a>
      </p>
      <section aria-labelledby="getting-started">
        <h2 id="getting-started">{t("overview.gettingStarted")}</h2>
        {settings.isPending ? (
          <Loading />
        ) : settings.error ? (
          <QueryFailure error={settings.error} retry={() => settings.refetch()} />
        ) : (
          <>
            <p>
              {t("overview.progress", {
                done: settings.data.checklist.filter((item) => item.done).length,
                total: settings.data.checklist.length,
              })}
            </p>
            <ul className="checklist">
              {settings.data.checklist.map(({ step, done }) => (
                <li key={step} className={done ? "done" : undefined}>
                  <span className="mark" aria-hidden="true">
                    {done ? "✓" : "○"}
                  </span>
                  <Link to={steps[step] ?? "/console"}>{t(`overview.steps.${step}`, { defaultValue: step })}</Link>
                  <span className="state">{t(done ? "overview.done" : "overview.notDone")}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  );
}
