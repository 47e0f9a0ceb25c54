import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, Outlet, useLocation } from "react-router";
import { errorInfo, useTRPC } from "../../api";
import { signIn } from "../../auth/session";
import { isSignedIn } from "../../auth/tokens";
import { SubNav } from "../../console/SubNav";
import { Loading } from "../../ui/Loading";
import { usePageTitle } from "../../ui/usePageTitle";
import { HelpFailure, SignedInAs } from "../help/SignInPrompt";
import type { PortalProfile } from "../types";
import { employerNav } from "./nav";

/**
 * The frame of the employer space: who is signed in for which company, and its pages. People
 * not signed in are asked to sign in; people who act for no employer here, to sign up.
 */
export function EmployerLayout({ profile }: { profile: PortalProfile }) {
  const { t } = useTranslation("employers");
  const trpc = useTRPC();
  const me = useQuery({ ...trpc.employerSpace.me.queryOptions(), enabled: isSignedIn() });
  const reason = errorInfo(me.error);

  if (!isSignedIn() || reason.code === "UNAUTHORIZED") return <SignInFirst territory={profile.name} />;
  if (reason.reason === "not_an_employer") return <NotAnEmployer />;
  if (me.isPending) return <Loading />;
  if (me.error) return <HelpFailure retry={() => me.refetch()} />;
  return (
    <div className="employer-space">
      <p className="employer-company">{t("space.company", { name: me.data.name })}</p>
      <SignedInAs />
      <SubNav
        label={t("nav.label")}
        links={employerNav.map((item) => ({
          to: item.to,
          label: t(item.label),
          shown: !item.needsAccess || me.data.access,
        }))}
      />
      <Outlet context={me.data} />
    </div>
  );
}

function SignInFirst({ territory }: { territory: string }) {
  const { t } = useTranslation("employers");
  const { pathname } = useLocation();
  const title = t("space.title");
  usePageTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <p>{t("space.why", { territory })}</p>
      <p>
        <button type="button" onClick={() => void signIn(pathname)}>
          {t("space.signIn")}
        </button>
      </p>
      <p>
        {t("space.notYet")} <Link to="/employer/join">{t("join.title")}</Link>
      </p>
    </>
  );
}

function NotAnEmployer() {
  const { t } = useTranslation("employers");
  const title = t("space.title");
  usePageTitle(title);
  return (
    <>
      <h1>{title}</h1>
      <SignedInAs />
      <p>{t("space.notAnEmployer")}</p>
      <p>
        <Link className="button" to="/employer/join">
          {t("join.title")}
        </Link>
      </p>
    </>
  );
}
