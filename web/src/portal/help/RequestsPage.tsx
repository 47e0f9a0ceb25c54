import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useTRPC } from "../../api";
import { isSignedIn } from "../../auth/tokens";
import { usePageTitle } from "../../ui/usePageTitle";
import { formatDate, formatList } from "./format";
import { DownloadMyData } from "./MyData";
import { HelpFailure, needsSignIn, SignedInAs, SignInPrompt } from "./SignInPrompt";

/** The signed-in newcomer's requests, newest first, each with where it stands. */
export default function RequestsPage() {
  const { t, i18n } = useTranslation();
  const title = t("help.requests.title");
  usePageTitle(title);
  const trpc = useTRPC();
  const requests = useQuery({ ...trpc.help.myRequests.queryOptions(), enabled: isSignedIn() });

  if (needsSignIn(requests.error)) return <SignInPrompt title={title} />;
  return (
    <>
      <h1>{title}</h1>
      <SignedInAs />
      {requests.isPending ? (
        <p role="status" className="loading">
          {t("loading")}
        </p>
      ) : requests.error ? (
        <HelpFailure retry={() => requests.refetch()} />
      ) : requests.data.length === 0 ? (
        <>
          <p>{t("help.requests.none")}</p>
          <p>
            <Link className="button" to="/help">
              {t("help.title")}
            </Link>
          </p>
        </>
      ) : (
        <>
          <ul className="requests">
            {requests.data.map((request) => (
              <li key={request.caseId}>
                <Link to={request.caseId}>
                  {t("help.requests.of", { date: formatDate(request.registeredAt, i18n.language) })}
                </Link>
                <span className="badge">{t(`help.status.${request.status}`)}</span>
                <p className="hint">
                  {formatList(
                    Object.keys(request.needs).map((need) => t(`help.need.${need}`)),
                    i18n.language,
                  )}
                </p>
                {request.erasureRequestedAt && (
                  <p className="hint">
                    {t("help.data.erasureRequested", { date: formatDate(request.erasureRequestedAt, i18n.language) })}
                  </p>
                )}
              </li>
            ))}
          </ul>
          <DownloadMyData />
        </>
      )}
    </>
  );
}
