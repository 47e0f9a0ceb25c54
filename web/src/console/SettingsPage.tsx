import { useQuery } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api";
import { Loading } from "../ui/Loading";
import { usePageTitle } from "../ui/usePageTitle";
import { useMembership } from "./consoleContext";
import { QueryFailure } from "./QueryFailure";
import { ReadOnlyNote } from "./ReadOnlyNote";
import type { TenantSettings } from "./types";

/**
 * A console page that edits the tenant's settings: its title and introduction, a note for those
 * who may only look, then the form once the settings are loaded.
 */
export function SettingsPage({
  title,
  intro,
  what,
  form,
}: {
  title: string;
  intro: string;
  /** What a read-only member sees but cannot change: "the branding". */
  what: string;
  form: (tenant: TenantSettings, readOnly: boolean) => ReactNode;
}) {
  const { name, role, canManage } = useMembership();
  const { t } = useTranslation("settings");
  usePageTitle(t("pageTitle", { title, territory: name }));
  const trpc = useTRPC();
  const settings = useQuery(trpc.console.settings.queryOptions());
  return (
    <>
      <h1>{title}</h1>
      <p>{intro}</p>
      {!canManage && <ReadOnlyNote role={role} what={what} />}
      {settings.isPending ? (
        <Loading />
      ) : settings.error ? (
        <QueryFailure error={settings.error} retry={() => settings.refetch()} />
      ) : (
        form(settings.data.tenant, !canManage)
      )}
    </>
  );
}
