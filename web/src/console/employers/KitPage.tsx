import type { Language } from "@escale/core/languages";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo, useTRPC } from "../../api";
import { direction, languageNameIn } from "../../languages";
import { ActionStatus } from "../../ui/ActionStatus";
import { FormEnd } from "../../ui/FormEnd";
import { type FieldErrors, useFieldErrors } from "../../ui/fieldErrors";
import { SelectField } from "../../ui/SelectField";
import { TextField } from "../../ui/TextField";
import { useMembership } from "../consoleContext";
import { useFormat } from "../format";
import { QueriesPending } from "../QueriesPending";
import { ReadOnlyNote } from "../ReadOnlyNote";
import { uploadFile } from "../uploadFile";
import { EmployersSection } from "./EmployersSection";
import { employerRights } from "./rights";

type Kind = "file" | "video" | "newsletter";

/** What the territory gives partner employers to pass on: files, video links, newsletter texts. */
export function KitPage() {
  const { t, i18n } = useTranslation("employers-console");
  const format = useFormat();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { role } = useMembership();
  const canManage = employerRights(role).manage;
  const kit = useQuery(trpc.employersConsole.kit.queryOptions());
  const settings = useQuery(trpc.console.settings.queryOptions());
  const remove = useMutation(trpc.employersConsole.removeKitItem.mutationOptions());
  const [status, setStatus] = useState("");
  const [failure, setFailure] = useState<string>();
  const refresh = () => queryClient.invalidateQueries(trpc.employersConsole.kit.queryFilter());

  return (
    <EmployersSection title={t("kit.title")} intro={t("kit.intro")}>
      {!canManage && <ReadOnlyNote role={role} what={t("kit.what")} />}
      <ActionStatus status={status} error={failure} />
      {!kit.data || !settings.data ? (
        <QueriesPending queries={[kit, settings]} />
      ) : (
        <>
          {kit.data.length === 0 ? (
            <p>{t("kit.none")}</p>
          ) : (
            <table>
              <caption>{t("kit.caption")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("kit.itemTitle")}</th>
                  <th scope="col">{t("kit.kind")}</th>
                  <th scope="col">{t("kit.language")}</th>
                  <th scope="col">{t("kit.added")}</th>
                  {canManage && <th scope="col">{t("kit.actions")}</th>}
                </tr>
              </thead>
              <tbody>
                {kit.data.map((item) => (
                  <tr key={item.id}>
                    <th scope="row" lang={item.language} dir={direction(item.language)}>
                      {item.url ? <a href={item.url}>{item.title}</a> : item.title}
                    </th>
                    <td>{t(`kit.kinds.${item.kind}`)}</td>
                    <td>{languageNameIn(item.language, i18n.language)}</td>
                    <td>{format.day(item.createdAt)}</td>
                    {canManage && (
                      <td>
                        <button
                          type="button"
                          className="secondary"
                          aria-disabled={remove.isPending}
                          onClick={() =>
                            remove.mutate(
                              { itemId: item.id },
                              {
                                onSuccess: () => {
                                  setFailure(undefined);
                                  setStatus(t("kit.removed", { title: item.title }));
                                  void refresh();
                                },
                                onError: (error) => setFailure(errorInfo(error).message),
                              },
                            )
                          }
                        >
                          {t("kit.remove", { title: item.title })}
                        </button>
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {canManage && (
            <AddItem
              languages={settings.data.tenant.languages}
              defaultLanguage={settings.data.tenant.defaultLanguage}
              onAdded={(title) => {
                setStatus(t("kit.addedStatus", { title }));
                void refresh();
              }}
            />
          )}
        </>
      )}
    </EmployersSection>
  );
}

function AddItem({
  languages,
  defaultLanguage,
  onAdded,
}: {
  languages: string[];
  defaultLanguage: string;
  onAdded: (title: string) => void;
}) {
  const { t, i18n } = useTranslation("employers-console");
  const trpc = useTRPC();
  const target = useMutation(trpc.employersConsole.kitUploadTarget.mutationOptions());
  const add = useMutation(trpc.employersConsole.addKitItem.mutationOptions());
  const [kind, setKind] = useState<Kind>("file");
  const [title, setTitle] = useState("");
  const [language, setLanguage] = useState(defaultLanguage);
  const [file, setFile] = useState<File>();
  const [url, setUrl] = useState("");
  const [text, setText] = useState("");
  const [progress, setProgress] = useState<number>();
  const { errors, show, showFailure, clearing } = useFieldErrors(["kind", "title", "file", "url", "text", "form"]);
  const pending = target.isPending || add.isPending || progress !== undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (pending) return;
    const found: FieldErrors = {};
    if (title.trim().length < 2) found.title = t("kit.errors.title");
    if (kind === "file" && !file) found.file = t("kit.errors.file");
    if (kind === "video" && !url.trim().startsWith("https://")) found.url = t("kit.errors.url");
    if (kind === "newsletter" && text.trim().length < 20) found.text = t("kit.errors.text");
    if (show(found)) return;
    const common = { title: title.trim(), language: language as Language };
    try {
      if (kind === "file" && file) {
        const contentType = file.type as "application/pdf";
        const place = await target.mutateAsync({ contentType, size: file.size });
        setProgress(0);
        await uploadFile(place, file, setProgress, {
          refused: (status) => t("kit.errors.uploadRefused", { status }),
          failed: t("kit.errors.uploadFailed"),
        });
        await add.mutateAsync({ kind, key: place.key, ...common });
      } else if (kind === "video") await add.mutateAsync({ kind, url: url.trim(), ...common });
      else await add.mutateAsync({ kind: "newsletter", text: text.trim(), ...common });
      setTitle("");
      setUrl("");
      setText("");
      setFile(undefined);
      onAdded(common.title);
    } catch (error) {
      if (error instanceof Error && !("data" in error)) show({ file: error.message });
      else showFailure(error);
    } finally {
      setProgress(undefined);
    }
  }

  return (
    <form className="form" noValidate onSubmit={submit} aria-labelledby="add-kit-heading">
      <h2 id="add-kit-heading">{t("kit.add")}</h2>
      <SelectField
        id="kind"
        label={t("kit.kind")}
        choices={(["file", "video", "newsletter"] as const).map((value) => ({ value, label: t(`kit.kinds.${value}`) }))}
        value={kind}
        onChange={clearing(setKind)}
        errors={errors}
      />
      <TextField
        id="title"
        label={t("kit.itemTitle")}
        value={title}
        onChange={clearing(setTitle)}
        maxLength={160}
        errors={errors}
      />
      <SelectField
        id="language"
        label={t("kit.language")}
        choices={languages.map((code) => ({ value: code, label: languageNameIn(code, i18n.language) }))}
        value={language}
        onChange={setLanguage}
      />
      {kind === "file" && (
        <div className="field">
          <label htmlFor="file">{t("kit.file")}</label>
          <p id="file-hint" className="hint">
            {t("kit.fileHint")}
          </p>
          <input
            id="file"
            type="file"
            accept="application/pdf,image/png,image/jpeg"
            aria-describedby={errors.file ? "file-hint file-error" : "file-hint"}
            aria-invalid={errors.file ? true : undefined}
            onChange={(event) => clearing(setFile)(event.target.files?.[0])}
          />
          {progress !== undefined && <progress value={progress} max={1} aria-label={t("kit.uploading")} />}
          {errors.file && (
            <p id="file-error" role="alert" className="field-error">
              {errors.file}
            </p>
          )}
        </div>
      )}
      {kind === "video" && (
        <TextField
          id="url"
          label={t("kit.url")}
          value={url}
          onChange={clearing(setUrl)}
          maxLength={500}
          errors={errors}
        />
      )}
      {kind === "newsletter" && (
        <TextField
          id="text"
          label={t("kit.text")}
          rows={8}
          value={text}
          onChange={clearing(setText)}
          maxLength={10_000}
          errors={errors}
        />
      )}
      <FormEnd submit={t("kit.add")} pending={pending} errors={errors} />
    </form>
  );
}
