import { useTranslation } from "react-i18next";
import { Link, useLocation } from "react-router";
import { errorInfo } from "../../api";
import { signIn, signOut } from "../../auth/session";
import { isSignedIn, signedInEmail } from "../../auth/tokens";
import { isolate } from "./format";

/** A newcomer's own pages need their e-mail confirmed by a code first. */
export function SignInPrompt({ title }: { title: string }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  return (
    <>
      <h1>{title}</h1>
      <p>{t("help.signIn.why")}</p>
      <p>
        <button type="button" onClick={() => void signIn(pathname)}>
          {t("help.signIn.button")}
        </button>
      </p>
      <p>
        {t("help.signIn.noRequest")} <Link to="/help">{t("help.title")}</Link>
      </p>
    </>
  );
}

export function SignedInAs() {
  const { t } = useTranslation();
  return (
    <p className="signed-in">
      {t("help.signIn.as", { email: isolate(signedInEmail() ?? "") })}{" "}
      <button type="button" className="secondary" onClick={() => void signOut()}>
        {t("help.signIn.out")}
      </button>
    </p>
  );
}

/** Signed in, and the server still agrees: a lapsed session reads as "not signed in". */
export function needsSignIn(error: unknown): boolean {
  return !isSignedIn() || errorInfo(error).code === "UNAUTHORIZED";
}

/** A newcomer's page could not be loaded: says so in their language and offers to retry. */
export function HelpFailure({ retry }: { retry: () => void }) {
  const { t } = useTranslation();
  return (
    <div role="alert" className="failure">
      <p>{t("help.errors.load")}</p>
      <button type="button" onClick={retry}>
        {t("retry")}
      </button>
    </div>
  );
}
