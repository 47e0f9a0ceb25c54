import { useTranslation } from "react-i18next";
import { Link, Route, Routes } from "react-router";
import { CallbackPage } from "../auth/CallbackPage";
import { NotFound } from "../ui/NotFound";
import { PlatformHome } from "./PlatformHome";
import { SignUpFinish } from "./SignUpFinish";
import { SignUpPage } from "./SignUpPage";

/** The public site on the platform host: what Escale is, and territory sign-up. */
export default function PlatformSite() {
  const { t } = useTranslation("platform");
  return (
    <>
      <a className="skip-link" href="#main">
        {t("common:skipToContent")}
      </a>
      <header className="site-header">
        <Link to="/" className="site-name">
          Escale
        </Link>
      </header>
      <main id="main" tabIndex={-1}>
        <Routes>
          <Route index element={<PlatformHome />} />
          <Route path="signup" element={<SignUpPage />} />
          <Route path="signup/finish" element={<SignUpFinish />} />
          <Route path="callback" element={<CallbackPage />} />
          <Route path="*" element={<NotFound site="Escale" home="/" back={t("home.backHome")} />} />
        </Routes>
      </main>
    </>
  );
}
