import type { TFunction } from "i18next";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { Loading } from "../ui/Loading";
import { usePageTitle } from "../ui/usePageTitle";
import { completeSignIn } from "./session";

type Words = {
  title: string;
  signingIn: string;
  failed: string;
  /** Said instead of the sign-in client's own (English) reason, on pages in other languages. */
  reason?: string;
  again: string;
  againTo: string;
};

const consoleWords = (t: TFunction): Words => ({
  title: t("common:callback.title"),
  signingIn: t("common:callback.signingIn"),
  failed: t("common:callback.failed"),
  again: t("common:callback.again"),
  againTo: "/console",
});

/** Where the issuer sends the browser back with a code. Without `words`, the console's. */
export function CallbackPage({ words: given }: { words?: Words }) {
  const { t } = useTranslation();
  const words = given ?? consoleWords(t);
  usePageTitle(words.title);
  const navigate = useNavigate();
  const [error, setError] = useState<string>();

  useEffect(() => {
    let live = true;
    const params = new URLSearchParams(location.search);
    const refused = params.get("error_description") ?? params.get("error");
    (refused ? Promise.reject(new Error(refused)) : completeSignIn(params)).then(
      (returnTo) => live && navigate(returnTo, { replace: true }),
      (failure: Error) => live && setError(failure.message),
    );
    return () => {
      live = false;
    };
  }, [navigate]);

  if (!error) return <Loading what={words.signingIn} />;
  return (
    <>
      <h1>{words.failed}</h1>
      <p role="alert">{words.reason ?? error}</p>
      <p>
        <Link to={words.againTo}>{words.again}</Link>
      </p>
    </>
  );
}
