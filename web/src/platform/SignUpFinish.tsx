import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Navigate, useNavigate } from "react-router";
import { errorInfo, useTRPCClient } from "../api";
import { signIn } from "../auth/session";
import { isSignedIn } from "../auth/tokens";
import { setCurrentTenant } from "../console/currentTenant";
import { Loading } from "../ui/Loading";
import { usePageTitle } from "../ui/usePageTitle";
import { clearDraft, loadDraft, signUpInput } from "./signUpDraft";

type Created = { tenantId: string };

// One sign-up per draft even when React runs the effect twice: a second call would find the slug taken.
let creating: { draft: string; result: Promise<Created> } | undefined;

/** Back from sign-in: creates the territory from the saved draft, or returns to the form. */
export function SignUpFinish() {
  const { t } = useTranslation("platform");
  usePageTitle(t("finish.pageTitle"));
  const client = useTRPCClient();
  const navigate = useNavigate();
  const [draft] = useState(loadDraft);

  useEffect(() => {
    if (!draft) return;
    if (!isSignedIn()) {
      void signIn("/signup/finish", draft.email);
      return;
    }
    const key = JSON.stringify(draft);
    if (creating?.draft !== key) creating = { draft: key, result: client.platform.signUp.mutate(signUpInput(draft)) };
    let live = true;
    creating.result.then(
      ({ tenantId }) => {
        if (!live) return;
        clearDraft();
        setCurrentTenant(tenantId);
        navigate("/console", { replace: true });
      },
      (error: unknown) => {
        if (!live) return;
        creating = undefined;
        const info = errorInfo(error);
        if (info.code === "UNAUTHORIZED") void signIn("/signup/finish", draft.email);
        else navigate("/signup", { replace: true, state: { error: info } });
      },
    );
    return () => {
      live = false;
    };
  }, [client, draft, navigate]);

  if (!draft) return <Navigate to="/signup" replace />;
  return (
    <>
      <h1>{t("finish.title")}</h1>
      <Loading what={t("finish.creating", { name: draft.name })} />
    </>
  );
}
