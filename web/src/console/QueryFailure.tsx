import { useEffect } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";
import { errorInfo } from "../api";
import { signIn } from "../auth/session";

/** A page's data could not be loaded: says why, offers to retry, or re-signs in when the session lapsed. */
export function QueryFailure({ error, retry }: { error: unknown; retry: () => void }) {
  const { t } = useTranslation();
  const info = errorInfo(error);
  const { pathname } = useLocation();
  useEffect(() => {
    if (info.code === "UNAUTHORIZED") void signIn(pathname);
  }, [info.code, pathname]);
  return (
    <div role="alert" className="failure">
      <p>{info.message}</p>
      <button type="button" onClick={retry}>
        {t("retry")}
      </button>
    </div>
  );
}
