import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api";
import { MissingLanguages } from "./MissingLanguages";

/** The article's missing languages, each with its machine draft waiting or a way to draft one. */
export function ArticleTranslations({ slug }: { slug: string }) {
  const { t } = useTranslation("translation");
  const trpc = useTRPC();
  const coverage = useQuery(trpc.translation.coverage.queryOptions());
  const item = coverage.data?.items.find((candidate) => candidate.kind === "article" && candidate.ref === slug);
  if (!coverage.data || !item) return null;
  return (
    <section aria-labelledby="translations-heading">
      <h2 id="translations-heading">{t("article.heading")}</h2>
      {item.missing.length === 0 ? (
        <p>{t("article.complete")}</p>
      ) : (
        <>
          {!coverage.data.configured && <p className="hint">{t("machine.off")}</p>}
          <MissingLanguages item={item} />
        </>
      )}
    </section>
  );
}
