import type { ReactNode } from "react";
import { usePageTitle } from "../../ui/usePageTitle";
import { useMembership } from "../consoleContext";
import { SubNav } from "../SubNav";

/**
 * A page of the Knowledge section: its title (in `titleLang` when it is an article's), the
 * section's navigation, and its content.
 */
export function KnowledgePage({
  title,
  titleLang,
  intro,
  children,
}: {
  title: string;
  titleLang?: string;
  intro?: ReactNode;
  children: ReactNode;
}) {
  const { name } = useMembership();
  usePageTitle(`${title} · ${name} · Escale console`);
  return (
    <>
      <SubNav
        label="Knowledge"
        links={[
          { to: "/console/knowledge", label: "Articles" },
          { to: "/console/knowledge/import", label: "Import and export" },
          { to: "/console/knowledge/gaps", label: "Knowledge gaps" },
          { to: "/console/knowledge/settings", label: "Settings" },
        ]}
      />
      <h1 lang={titleLang}>{title}</h1>
      {intro && <p>{intro}</p>}
      {children}
    </>
  );
}
