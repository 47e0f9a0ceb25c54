import { NavLink } from "react-router";

export type SubNavLink = { to: string; label: string; shown?: boolean };

/** A console section's pages, each reachable from the others; the first is the section's start. */
export function SubNav({ label, links }: { label: string; links: SubNavLink[] }) {
  return (
    <nav aria-label={label} className="subnav">
      <ul>
        {links
          .filter((link) => link.shown !== false)
          .map((link, index) => (
            <li key={link.to}>
              {/* The start page's address begins every other's: it is current only when exactly there. */}
              <NavLink to={link.to} end={index === 0}>
                {link.label}
              </NavLink>
            </li>
          ))}
      </ul>
    </nav>
  );
}
