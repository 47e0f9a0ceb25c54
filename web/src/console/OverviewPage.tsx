import { useQuery } from "@tanstack/react-query";
import { Link } from "react-router";
import { useTRPC } from "../api";
import { portalOrigin } from "../host";
import { Loading } from "../ui/Loading";
import { usePageTitle } from "../ui/usePageTitle";
import { useMembership } from "./consoleContext";
import { QueryFailure } from "./QueryFailure";

const steps: Record<string, { label: string; to: string }> = {
  "brand-colour": { label: "Choose your brand colour", to: "/console/branding" },
  logo: { label: "Upload your logo", to: "/console/branding" },
  tagline: { label: "Write a tagline in every enabled language", to: "/console/branding" },
  team: { label: "Invite your colleagues", to: "/console/team" },
};

export function OverviewPage() {
  const { name, slug } = useMembership();
  usePageTitle(`${name} · Escale console`);
  const trpc = useTRPC();
  const settings = useQuery(trpc.console.settings.queryOptions());
  const portal = portalOrigin(slug);

  return (
    <>
      <h1>{name}</h1>
      <p>
        Your portal for newcomers: <a href={portal}>{portal}</a>
      </p>
      <section aria-labelledby="getting-started">
        <h2 id="getting-started">Getting started</h2>
        {settings.isPending ? (
          <Loading />
        ) : settings.error ? (
          <QueryFailure error={settings.error} retry={() => settings.refetch()} />
        ) : (
          <>
            <p>
              {settings.data.checklist.filter((item) => item.done).length} of {settings.data.checklist.length} steps
              done.
            </p>
            <ul className="checklist">
              {settings.data.checklist.map(({ step, done }) => (
                <li key={step} className={done ? "done" : undefined}>
                  <span className="mark" aria-hidden="true">
                    {done ? "✓" : "○"}
                  </span>
                  <Link to={steps[step]?.to ?? "/console"}>{steps[step]?.label ?? step}</Link>
                  <span className="state">{done ? "Done" : "Not done yet"}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  );
}
