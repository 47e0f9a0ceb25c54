import { useTranslation } from "react-i18next";
import { usePageTitle } from "../../ui/usePageTitle";
import type { PortalProfile } from "../types";
import Chat from "./Chat";

/** The assistant on a page of its own (/assistant): the same conversation as the widget's. */
export default function AssistantPage({ profile }: { profile: PortalProfile }) {
  const { t } = useTranslation();
  usePageTitle(`${t("assistant.title")} · ${profile.name}`);
  return (
    <>
      <h1>{t("assistant.title")}</h1>
      <p className="lead">{t("assistant.intro", { territory: profile.name })}</p>
      <Chat />
    </>
  );
}
