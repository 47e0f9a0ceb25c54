import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api";
import { ConfirmButton } from "../../ui/ConfirmButton";
import { useDownload } from "../../ui/useDownload";
import { formatDate } from "./format";

/** Everything the territory holds about the newcomer, as a JSON file (GDPR right of access). */
export function DownloadMyData() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { save, pending, failed } = useDownload();

  async function myData() {
    // Always fresh: the file must hold what is stored now, not what this page loaded.
    const data = await queryClient.fetchQuery({ ...trpc.help.downloadMyData.queryOptions(), staleTime: 0 });
    return {
      name: `my-data-${data.exportedAt.slice(0, 10)}.json`,
      content: JSON.stringify(data, null, 2),
      type: "application/json",
    };
  }

  return (
    <div className="field">
      <button type="button" className="secondary" aria-disabled={pending} onClick={() => save(myData)}>
        {t("help.data.download")}
      </button>
      <p className="hint">{t("help.data.downloadHint")}</p>
      {failed && (
        <p role="alert" className="field-error">
          {t("help.errors.send")}
        </p>
      )}
    </div>
  );
}

/** The newcomer asks for a request's data to be erased; the territory's admins carry it out. */
export function AskErasure({ caseId, requestedAt }: { caseId: string; requestedAt: string | null }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ask = useMutation(trpc.help.requestErasure.mutationOptions());
  const done = useRef<HTMLParagraphElement>(null);
  // The question's buttons are gone once the request is recorded: the answer takes the focus.
  useEffect(() => {
    if (requestedAt && ask.isSuccess) done.current?.focus();
  }, [requestedAt, ask.isSuccess]);

  if (requestedAt)
    return (
      <p ref={done} tabIndex={-1}>
        {t("help.data.erasureRequested", { date: formatDate(requestedAt, i18n.language) })}
      </p>
    );
  return (
    <div className="field">
      <p className="hint">{t("help.data.eraseHint")}</p>
      <ConfirmButton
        label={t("help.data.erase")}
        question={t("help.data.eraseQuestion")}
        confirm={t("help.data.eraseConfirm")}
        cancel={t("help.data.cancel")}
        pending={ask.isPending}
        onConfirm={() =>
          ask.mutate({ caseId }, { onSuccess: () => queryClient.invalidateQueries(trpc.help.pathFilter()) })
        }
      />
      {ask.isError && (
        <p role="alert" className="field-error">
          {t("help.errors.send")}
        </p>
      )}
    </div>
  );
}
