import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { languageNameIn } from "../../languages";
import { useMembership } from "../consoleContext";
import { DraftButton } from "./DraftButton";
import { type DraftKind, mayTranslate, reviewPath } from "./machine";

export type CoverageItem = {
  kind: string;
  ref: string;
  title: string;
  missing: string[];
  drafts: string[];
  translatable: boolean;
};

/**
 * The languages a text lacks, each with what can be done: a machine draft waiting for review
 * (badged until someone publishes it), or a button to draft one.
 */
export function MissingLanguages({ item }: { item: CoverageItem }) {
  const { t, i18n } = useTranslation("translation");
  const { role } = useMembership();
  const may = item.translatable && mayTranslate(role, item.kind);
  return (
    <ul className="missing-languages">
      {item.missing.map((language) => (
        <li key={language}>
          <span className="language">{languageNameIn(language, i18n.language)}</span>{" "}
          {item.drafts.includes(language) ? (
            <>
              <span className="badge machine">{t("badge")}</span>{" "}
              {mayTranslate(role, item.kind) && (
                <Link to={reviewPath(item.kind as DraftKind, item.ref, language)}>
                  {t("review.open", { language: languageNameIn(language, i18n.language) })}
                </Link>
              )}
            </>
          ) : (
            may && <DraftButton kind={item.kind as DraftKind} refId={item.ref} language={language} />
          )}
        </li>
      ))}
    </ul>
  );
}
