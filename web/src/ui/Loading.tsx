import { useTranslation } from "react-i18next";

/** "Loading…", or what is being loaded, in the face's language (both default namespaces say `loading`). */
export function Loading({ what }: { what?: string }) {
  const { t } = useTranslation();
  return (
    <p role="status" className="loading">
      {what ?? t("loading")}
    </p>
  );
}
