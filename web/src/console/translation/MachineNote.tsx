import { useTranslation } from "react-i18next";

/** Says whether machine drafts are offered, and why not when they are not. */
export function MachineNote({ configured }: { configured: boolean }) {
  const { t } = useTranslation("translation");
  return <p>{configured ? t("machine.on") : t("machine.off")}</p>;
}
