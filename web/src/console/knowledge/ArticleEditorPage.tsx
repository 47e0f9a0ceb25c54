import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import { errorInfo, useTRPC } from "../../api";
import { portalOrigin } from "../../host";
import { ConfirmButton } from "../../ui/ConfirmButton";
import { useMembership } from "../consoleContext";
import { QueriesPending } from "../QueriesPending";
import { ReadOnlyNote } from "../ReadOnlyNote";
import { ArticleTranslations } from "../translation/ArticleTranslations";
import { ArticleForm } from "./ArticleForm";
import { ArticleReview } from "./ArticleReview";
import { type Article, draftOf } from "./articleDraft";
import { KnowledgePage } from "./KnowledgePage";
import { knowledgeRights } from "./rights";

/** One article: its versions, its review, and (for writers) saving and deleting it. */
export function ArticleEditorPage() {
  const { t } = useTranslation("knowledge");
  const { slug = "" } = useParams();
  const { role, slug: tenantSlug } = useMembership();
  const rights = knowledgeRights(role);
  const trpc = useTRPC();
  const article = useQuery(trpc.knowledge.get.queryOptions({ slug }));
  const tenant = useQuery(trpc.console.settings.queryOptions());
  const notice = (useLocation().state as { notice?: string } | null)?.notice;
  const [conflict, setConflict] = useState(false);
  // Counts reloads: the form starts again from the article as saved by the other person.
  const [loads, setLoads] = useState(0);
  const conflictNotice = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (conflict) conflictNotice.current?.focus();
  }, [conflict]);

  if (!article.data || !tenant.data)
    return (
      <KnowledgePage title={t("editor.title")}>
        <QueriesPending queries={[article, tenant]} />
      </KnowledgePage>
    );

  const { languages: enabled, defaultLanguage } = tenant.data.tenant;
  // A version in a language the territory no longer offers stays visible, so it can be removed.
  const languages = [...enabled, ...article.data.languages.filter((code) => !enabled.includes(code))];
  const conflicted = (error: unknown) => {
    const isConflict = errorInfo(error).reason === "stale_version";
    if (isConflict) setConflict(true);
    return isConflict;
  };
  const title = article.data.translations[defaultLanguage as keyof Article["translations"]]?.title ?? slug;
  const address = `${portalOrigin(tenantSlug)}/guide/${slug}`;

  return (
    <KnowledgePage title={title} titleLang={title === slug ? undefined : defaultLanguage}>
      {notice && (
        <p role="status" className="status">
          {notice}
        </p>
      )}
      {!rights.write && <ReadOnlyNote role={role} what={t("what")} />}
      {conflict && (
        <div role="alert" className="failure" ref={conflictNotice} tabIndex={-1}>
          <p>{t("editor.conflict")}</p>
          <button
            type="button"
            onClick={async () => {
              await article.refetch();
              setConflict(false);
              setLoads((count) => count + 1);
            }}
          >
            {t("editor.reload")}
          </button>
        </div>
      )}
      <p>
        {article.data.status === "published" ? (
          <>
            {t("editor.publishedAt")} <a href={address}>{address}</a>
          </>
        ) : (
          t("editor.draft")
        )}
      </p>
      <ArticleReview article={article.data} canWrite={rights.write} conflicted={conflicted} />
      <h2>{t("editor.content")}</h2>
      <ArticleForm
        key={loads}
        article={article.data}
        initial={draftOf(article.data, languages)}
        languages={languages}
        defaultLanguage={defaultLanguage}
        readOnly={!rights.write}
        conflicted={conflicted}
      />
      <ArticleTranslations slug={slug} />
      {rights.write && <DeleteArticle article={article.data} title={title} conflicted={conflicted} />}
    </KnowledgePage>
  );
}

function DeleteArticle({
  article,
  title,
  conflicted,
}: {
  article: Article;
  title: string;
  conflicted: (error: unknown) => boolean;
}) {
  const { t } = useTranslation("knowledge");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const remove = useMutation(trpc.knowledge.remove.mutationOptions());
  return (
    <section aria-labelledby="delete-heading">
      <h2 id="delete-heading">{t("editor.delete.heading")}</h2>
      <p>
        {t("editor.delete.intro")} <Link to="/console/knowledge/import">{t("editor.delete.export")}</Link>{" "}
        {t("editor.delete.introEnd")}
      </p>
      <ConfirmButton
        label={t("editor.delete.label")}
        question={t("editor.delete.question", { title })}
        confirm={t("editor.delete.confirm")}
        cancel={t("editor.delete.cancel")}
        pending={remove.isPending}
        onConfirm={() =>
          remove.mutate(
            { slug: article.slug, expectedVersion: article.version },
            {
              onSuccess: () => {
                void queryClient.invalidateQueries(trpc.knowledge.list.queryFilter());
                navigate("/console/knowledge", { state: { notice: t("editor.delete.done", { title }) } });
              },
              onError: conflicted,
            },
          )
        }
      />
      {remove.error && errorInfo(remove.error).reason !== "stale_version" && (
        <p role="alert" className="field-error">
          {errorInfo(remove.error).message}
        </p>
      )}
    </section>
  );
}
