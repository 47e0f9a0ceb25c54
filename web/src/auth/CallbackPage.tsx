import { useEffect, useState } from "react";
import { Link, useNavigate } from "react-router";
import { Loading } from "../ui/Loading";
import { usePageTitle } from "../ui/usePageTitle";
import { completeSignIn } from "./session";

/** Where the issuer sends the browser back with a code. */
export function CallbackPage() {
  usePageTitle("Signing in · Escale");
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

  if (!error) return <Loading what="Signing you in…" />;
  return (
    <>
      <h1>Sign-in did not work</h1>
      <p role="alert">{error}</p>
      <p>
        <Link to="/console">Sign in again</Link>
      </p>
    </>
  );
}
