import { Link } from "react-router";
import { usePageTitle } from "./usePageTitle";

/** An address the site has no page for, with a way back to its start. */
export function NotFound({ site, home, back }: { site: string; home: string; back: string }) {
  usePageTitle(`Page not found · ${site}`);
  return (
    <>
      <h1>Page not found</h1>
      <p>
        <Link to={home}>{back}</Link>
      </p>
    </>
  );
}
