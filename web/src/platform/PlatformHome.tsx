import { Link } from "react-router";
import { usePageTitle } from "../ui/usePageTitle";

export function PlatformHome() {
  usePageTitle("Escale · Welcome newcomers to your territory");
  return (
    <>
      <h1>Welcome newcomers to your territory</h1>
      <p className="lead">
        Escale gives French territories a portal for newcomers, in their own colours and languages.
      </p>
      <p className="lead">Their team welcomes each household from a console, from the first contact to settling in.</p>
      <ul className="actions">
        <li>
          <Link className="button" to="/signup">
            Create your territory
          </Link>
        </li>
        <li>
          <Link to="/console">Staff sign in</Link>
        </li>
      </ul>
    </>
  );
}
