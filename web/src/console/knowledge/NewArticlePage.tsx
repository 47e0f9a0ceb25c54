import type { Language } from "@escale/core/languages";
import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { useTRPC } from "../../api";
import { isLanguage, languageNameIn } from "../../languages";
import { useMembership } from "../consoleContext";
import { QueriesPending } from "../QueriesPending";
import { ReadOnlyNote } from "../ReadOnlyNote";
import { ArticleForm } from "./ArticleForm";
import { draftOf } from "./articleDraft";
import { GapQuestions } from "./GapQuestions";
import { draftFromGap, staffTopicLanguage, topicTitle } from "./gaps";
import { KnowledgePage } from "./KnowledgePage";
import { knowledgeRights } from "./rights";

/** A new article; started from a knowledge gap (?topic=…&language=…), with that gap's questions beside it. */
export function NewArticlePage() {
  const { t, i18n } = useTranslation("knowledge");
  const title = t("new.title");
  const { role } = useMembership();
  const trpc = useTRPC();
  const [params] = useSearchParams();
  const topic = params.get("topic");
  const gapLanguage = params.get("language") ?? "";
  const fromGap = topic && isLanguage(gapLanguage) ? { topic, language: gapLanguage } : undefined;
  const tenant = useQuery(trpc.console.settings.queryOptions());
  const gaps = useQuery({ ...trpc.knowledge.gaps.queryOptions(), enabled: Boolean(fromGap) });

  if (!knowledgeRights(role).write)
    return (
      <KnowledgePage title={title}>
        <ReadOnlyNote role={role} what={t("what")} />
      </KnowledgePage>
    );
  if (!tenant.data || (fromGap && !gaps.data))
    return (
      <KnowledgePage title={title}>
        <QueriesPending queries={[tenant, gaps]} />
      </KnowledgePage>
    );

  const { languages, defaultLanguage } = tenant.data.tenant;
  const gap = fromGap && gaps.data?.find((item) => item.topic === fromGap.topic && item.language === fromGap.language);
  return (
    <KnowledgePage title={title} intro={t("new.intro")}>
      {gap && (
        <section aria-labelledby="gap-heading" className="preview">
          <h2 id="gap-heading">
            {t("new.gapHeading", {
              topic: topicTitle(gap, staffTopicLanguage(i18n.language)),
              language: languageNameIn(gap.language, i18n.language),
            })}
          </h2>
          <GapQuestions topic={gap.topic} language={gap.language} />
        </section>
      )}
      <ArticleForm
        initial={gap ? draftFromGap(gap, languages, defaultLanguage as Language) : draftOf(undefined, languages)}
        languages={languages}
        defaultLanguage={defaultLanguage}
        readOnly={false}
        // A new article has no version anyone else could have saved.
        conflicted={() => false}
      />
    </KnowledgePage>
  );
}
