import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";
import { errorInfo, useTRPC } from "../../api";
import { signIn } from "../../auth/session";
import { isSignedIn } from "../../auth/tokens";
import { needsSignIn } from "../help/SignInPrompt";

export { needsSignIn };

/** The signed-in person's place in the programme, or nothing for a visitor. */
export function useMyBienvenue() {
  const trpc = useTRPC();
  return useQuery({ ...trpc.bienvenue.mine.queryOptions(), enabled: isSignedIn() });
}

/** Events are held in the territory: their times are Paris times, whatever the reader's clock. */
export function formatWhen(iso: string, language: string, withTime = true): string {
  return new Intl.DateTimeFormat(language, {
    dateStyle: "full",
    ...(withTime ? { timeStyle: "short" } : {}),
    timeZone: "Europe/Paris",
  }).format(new Date(iso));
}

export function formatDay(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: "long", timeZone: "Europe/Paris" }).format(new Date(iso));
}

/** A Bienvenue page that needs the person's e-mail proven first; back here (with `?src`) after. */
export function SignInFirst({ why }: { why: string }) {
  const { t } = useTranslation("bienvenue");
  const { pathname, search } = useLocation();
  return (
    <div className="sign-in-first">
      <p>{why}</p>
      <p>
        <button type="button" onClick={() => void signIn(pathname + search)}>
          {t("signIn.button")}
        </button>
      </p>
      <p className="hint">{t("signIn.how")}</p>
    </div>
  );
}

/** Something could not be loaded: said in the reader's language, with a way to try again. */
export function Failure({ retry }: { retry: () => void }) {
  const { t } = useTranslation("bienvenue");
  return (
    <div role="alert" className="failure">
      <p>{t("errors.load")}</p>
      <button type="button" onClick={retry}>
        {t("retry")}
      </button>
    </div>
  );
}

/** The server's refusal in the reader's words: its reason has a sentence of ours, else a general one. */
export function useRefusal() {
  const { t } = useTranslation("bienvenue");
  return (error: unknown) => {
    const { reason } = errorInfo(error);
    return t(`errors.${reason ?? "generic"}`, { defaultValue: t("errors.generic") });
  };
}
