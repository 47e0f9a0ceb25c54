import { useTranslation } from "react-i18next";
import { Link, useLocation, useParams } from "react-router";
import { usePageTitle } from "../../ui/usePageTitle";
import { isolate } from "./format";

/** After the intake: what happens next, and where to follow the request. */
export function SentPage() {
  const { t } = useTranslation();
  usePageTitle(t("help.sent.title"));
  const { caseId = "" } = useParams();
  const email = (useLocation().state as { email?: string } | null)?.email;
  return (
    <>
      <h1>{t("help.sent.title")}</h1>
      <p className="lead">{email ? t("help.sent.emailTo", { email: isolate(email) }) : t("help.sent.email")}</p>
      <p>{t("help.sent.next")}</p>
      <p>
        <Link className="button" to={`/help/requests/${caseId}`}>
          {t("help.sent.follow")}
        </Link>
      </p>
    </>
  );
}
