import { useTranslation } from "react-i18next";
import { CallbackPage } from "../../auth/CallbackPage";

/** Where a newcomer lands back from the sign-in code page, in the portal's language. */
export default function SignInCallback() {
  const { t } = useTranslation();
  return (
    <CallbackPage
      words={{
        title: t("help.signIn.signingIn"),
        signingIn: t("help.signIn.signingIn"),
        failed: t("help.signIn.failed"),
        reason: t("help.signIn.expired"),
        again: t("help.signIn.again"),
        againTo: "/help/requests",
      }}
    />
  );
}
