import { useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api";
import { useDownload } from "../../ui/useDownload";

/** Base64 to bytes, for the PNG the API sends as text. */
function bytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const result = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) result[i] = binary.charCodeAt(i);
  return result;
}

/** The channel's QR code as files to print: PNG for documents, SVG for printers at any size. */
export function ChannelQrDownloads({ code, name }: { code: string; name: string }) {
  const { t } = useTranslation("conciergerie");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { save, failed } = useDownload();

  const qrFile = (format: "png" | "svg") => async () => {
    const qr = await queryClient.fetchQuery(trpc.conciergerie.channelQrCode.queryOptions({ code, format }));
    return qr.format === "png"
      ? { name: `qr-${code}.png`, content: bytes(qr.content), type: "image/png" }
      : { name: `qr-${code}.svg`, content: qr.content, type: "image/svg+xml" };
  };

  return (
    <div className="actions compact">
      {(["png", "svg"] as const).map((format) => (
        <button
          key={format}
          type="button"
          className="secondary small"
          aria-label={t("channels.qrOf", { name, format: format.toUpperCase() })}
          onClick={() => save(qrFile(format))}
        >
          {format.toUpperCase()}
        </button>
      ))}
      {failed && (
        <p role="alert" className="field-error">
          {t("channels.qrFailed")}
        </p>
      )}
    </div>
  );
}
