import type { Language } from "@escale/core/languages";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo, useTRPC } from "../../api";
import { direction, languageNameIn } from "../../languages";
import { FormEnd } from "../../ui/FormEnd";
import { useFieldErrors } from "../../ui/fieldErrors";
import { Loading } from "../../ui/Loading";
import { SanitisedHtml } from "../../ui/SanitisedHtml";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";
import { useDebounced } from "../../ui/useDebounced";
import { useFormat } from "../format";
import { QueryFailure } from "../QueryFailure";
import { BienvenuePage, useTenantLanguages } from "./BienvenuePage";

/** The four quarterly letters: each issue per language, who will get it, and how sending goes. */
export function LettersPage() {
  const { t, i18n } = useTranslation("bienvenue");
  const trpc = useTRPC();
  const format = useFormat();
  const overview = useQuery(trpc.bienvenueConsole.letters.queryOptions());
  return (
    <BienvenuePage title={t("letters.title")} intro={t("letters.intro")}>
      {overview.isPending ? (
        <Loading />
      ) : overview.error ? (
        <QueryFailure error={overview.error} retry={() => overview.refetch()} />
      ) : (
        <>
          <section aria-labelledby="recipients-heading">
            <h2 id="recipients-heading">{t("letters.recipients")}</h2>
            {Object.keys(overview.data.recipients).length === 0 ? (
              <p>{t("letters.noRecipients")}</p>
            ) : (
              <ul>
                {Object.entries(overview.data.recipients).map(([language, count]) => (
                  <li key={language}>
                    {t("letters.recipientsIn", { count, language: languageNameIn(language, i18n.language) })}
                  </li>
                ))}
              </ul>
            )}
          </section>
          {overview.data.issues.map((issue) => (
            <section key={issue.issue} aria-labelledby={`issue-${issue.issue}`}>
              <h2 id={`issue-${issue.issue}`}>{t("letters.issue", { n: issue.issue })}</h2>
              <p>
                {issue.complete
                  ? t("letters.complete", { language: languageNameIn(overview.data.defaultLanguage, i18n.language) })
                  : t("letters.incomplete", { language: languageNameIn(overview.data.defaultLanguage, i18n.language) })}
                {issue.fallsBack.length > 0 &&
                  ` ${t("letters.fallsBack", {
                    languages: format.list(issue.fallsBack.map((code) => languageNameIn(code, i18n.language))),
                  })}`}
              </p>
              <p>
                {t("letters.progress", { sent: issue.sent, due: issue.due })}
                {issue.nextDueOn && ` ${t("letters.nextDue", { day: format.day(issue.nextDueOn) })}`}
              </p>
              <IssueEditor issue={issue.issue} versions={issue.versions} />
              <SendLog issue={issue.issue} />
            </section>
          ))}
        </>
      )}
    </BienvenuePage>
  );
}

type Version = { language: string; subject: string; body: string };

const order = ["subject", "body", "language"];

/** One issue in one language at a time: subject and Markdown, a preview, saving and a test to oneself. */
function IssueEditor({ issue, versions }: { issue: number; versions: Version[] }) {
  const { t, i18n } = useTranslation("bienvenue");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { languages } = useTenantLanguages();
  const [language, setLanguage] = useState<Language>(languages[0] ?? "fr");
  const written = versions.find((version) => version.language === language);
  const [draft, setDraft] = useState({ subject: written?.subject ?? "", body: written?.body ?? "" });
  const [status, setStatus] = useState("");
  const [previewing, setPreviewing] = useState(false);
  const save = useMutation(trpc.bienvenueConsole.setLetter.mutationOptions());
  const test = useMutation(trpc.bienvenueConsole.testLetter.mutationOptions());
  const { errors, showFailure, clearing } = useFieldErrors(order);
  const set = clearing((patch: Partial<typeof draft>) => setDraft((current) => ({ ...current, ...patch })));
  const id = (field: string) => `issue${issue}-${field}`;

  function choose(next: Language) {
    const version = versions.find((v) => v.language === next);
    setLanguage(next);
    setDraft({ subject: version?.subject ?? "", body: version?.body ?? "" });
    setStatus("");
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (save.isPending) return;
    try {
      await save.mutateAsync({ issue, language, ...draft });
      setStatus(t("letters.saved"));
      await queryClient.invalidateQueries(trpc.bienvenueConsole.letters.queryFilter());
    } catch (error) {
      showFailure(error);
    }
  }

  const inLanguage = { lang: language, dir: direction(language) } as const;
  return (
    <form onSubmit={submit} noValidate aria-label={t("letters.editorOf", { n: issue })}>
      <SelectField
        id={id("language")}
        label={t("letters.language")}
        value={language}
        onChange={choose}
        choices={languages.map((code) => ({
          value: code,
          label: `${languageNameIn(code, i18n.language)}${versions.some((v) => v.language === code) ? "" : ` (${t("letters.notWritten")})`}`,
        }))}
      />
      <TextField
        id={id("subject")}
        label={t("letters.subject")}
        maxLength={200}
        value={draft.subject}
        onChange={(subject) => set({ subject })}
        errors={{ [id("subject")]: errors.subject }}
        {...inLanguage}
      />
      <TextField
        id={id("body")}
        label={t("letters.body")}
        hint={t("letters.bodyHint")}
        rows={10}
        maxLength={50_000}
        value={draft.body}
        onChange={(body) => set({ body })}
        errors={{ [id("body")]: errors.body }}
        {...inLanguage}
      />
      <button
        type="button"
        className="secondary"
        aria-expanded={previewing}
        aria-controls={id("preview")}
        onClick={() => setPreviewing(!previewing)}
      >
        {t(previewing ? "letters.hidePreview" : "letters.showPreview")}
      </button>
      <div id={id("preview")}>
        {previewing && <Preview language={language} subject={draft.subject} body={draft.body} />}
      </div>
      <FormEnd submit={t("letters.save")} pending={save.isPending} status={status} errors={errors} />
      <button
        type="button"
        className="secondary"
        disabled={!written}
        onClick={async () => {
          try {
            const { sentTo } = await test.mutateAsync({ issue, language });
            setStatus(t("letters.testSent", { email: sentTo }));
          } catch (error) {
            setStatus(errorInfo(error).message);
          }
        }}
      >
        {t("letters.test")}
      </button>
    </form>
  );
}

/** The letter as readers will see it: the API renders and sanitises the Markdown, as it will when sending. */
function Preview({ language, subject, body }: { language: string; subject: string; body: string }) {
  const { t } = useTranslation("bienvenue");
  const trpc = useTRPC();
  const markdown = useDebounced(body, 400);
  const preview = useQuery({ ...trpc.knowledge.preview.queryOptions({ markdown }), placeholderData: (last) => last });
  return (
    <section className="preview" aria-label={t("letters.preview")}>
      <h3 lang={language} dir={direction(language)}>
        {subject || t("letters.noSubject")}
      </h3>
      {preview.data ? (
        <SanitisedHtml className="article-body" lang={language} html={preview.data.html} />
      ) : preview.error ? (
        <p role="alert" className="field-error">
          {t("letters.previewFailed")}
        </p>
      ) : (
        <Loading />
      )}
    </section>
  );
}

/** Who got this issue, newest first, a page at a time. */
function SendLog({ issue }: { issue: number }) {
  const { t } = useTranslation("bienvenue");
  const trpc = useTRPC();
  const format = useFormat();
  const [open, setOpen] = useState(false);
  const log = useQuery({ ...trpc.bienvenueConsole.letterLog.queryOptions({ issue }), enabled: open });
  return (
    <div>
      <button type="button" className="secondary" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t(open ? "letters.hideLog" : "letters.showLog")}
      </button>
      {open &&
        (log.isPending ? (
          <Loading />
        ) : log.error ? (
          <QueryFailure error={log.error} retry={() => log.refetch()} />
        ) : log.data.sends.length === 0 ? (
          <p>{t("letters.noneSent")}</p>
        ) : (
          <table>
            <caption>{t("letters.logCaption", { n: issue })}</caption>
            <thead>
              <tr>
                <th scope="col">{t("letters.to")}</th>
                <th scope="col">{t("letters.language")}</th>
                <th scope="col">{t("letters.sentAt")}</th>
              </tr>
            </thead>
            <tbody>
              {log.data.sends.map((send) => (
                <tr key={`${send.email}-${send.sentAt}`}>
                  <th scope="row">{send.email}</th>
                  <td>{send.language}</td>
                  <td>{format.moment(send.sentAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
    </div>
  );
}
