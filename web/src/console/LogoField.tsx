import { useMutation } from "@tanstack/react-query";
import { type ChangeEvent, useState } from "react";
import { useTranslation } from "react-i18next";
import { errorInfo, useTRPC } from "../api";
import type { TenantSettings } from "./types";
import { uploadFile } from "./uploadFile";

/** A hint for the file picker only: the server reads the file's content, whatever its name. */
const accepted = ["image/png", "image/jpeg", "image/webp"] as const;
const maxBytes = 1_000_000;
/** The server's refusals of what the file is, said in the console's words. */
const refusals = ["logo_not_image", "logo_too_large", "logo_too_small"];

/**
 * Uploads straight to storage as soon as a file is chosen, then makes it the logo. The
 * tenant's version moves on, so the branding form is handed the updated tenant.
 */
export function LogoField({
  version,
  readOnly,
  onUploaded,
}: {
  version: number;
  readOnly: boolean;
  onUploaded: (tenant: TenantSettings) => void;
}) {
  const { t } = useTranslation("settings");
  const trpc = useTRPC();
  const uploadTarget = useMutation(trpc.console.logoUploadTarget.mutationOptions());
  const adopt = useMutation(trpc.console.useLogo.mutationOptions());
  const [progress, setProgress] = useState<number>();
  const [status, setStatus] = useState("");
  const [error, setError] = useState<string>();

  async function upload(file: File) {
    setStatus("");
    setError(undefined);
    if (file.size > maxBytes) return setError(t("branding.logoField.tooBig"));
    setProgress(0);
    try {
      const { key, ...target } = await uploadTarget.mutateAsync({ size: file.size });
      await uploadFile(target, file, setProgress, {
        refused: (status) => t("branding.logoField.refused", { status }),
        failed: t("branding.logoField.failed"),
      });
      onUploaded(await adopt.mutateAsync({ key, expectedVersion: version }));
      setStatus(t("branding.logoField.uploaded"));
    } catch (failure) {
      const { reason, message } = errorInfo(failure);
      setError(reason && refusals.includes(reason) ? t(`branding.logoField.${reason}`) : message);
    } finally {
      setProgress(undefined);
    }
  }

  function chosen(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    // Cleared so that choosing the same file again, after an error, uploads it again.
    event.target.value = "";
    if (file) void upload(file);
  }

  return (
    <div className="field">
      <label htmlFor="logo">{t("branding.logoField.label")}</label>
      <input
        id="logo"
        type="file"
        accept={accepted.join(",")}
        disabled={readOnly || progress !== undefined}
        onChange={chosen}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "logo-error" : undefined}
      />
      {progress !== undefined && (
        <div className="progress">
          <label htmlFor="logo-progress">{t("branding.logoField.uploading")}</label>
          <progress id="logo-progress" max={100} value={Math.round(progress * 100)}>
            {Math.round(progress * 100)}%
          </progress>
        </div>
      )}
      <p role="status" className="status">
        {status}
      </p>
      {error && (
        <p id="logo-error" role="alert" className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
