import type { Language } from "@escale/core/languages";
import { useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api";
import { languageNameIn } from "../../languages";
import { Loading } from "../../ui/Loading";
import { SelectField } from "../../ui/SelectField";
import { useDownload } from "../../ui/useDownload";
import { useChannels } from "../conciergerie/directory";
import { QueryFailure } from "../QueryFailure";
import { BienvenuePage, useTenantLanguages } from "./BienvenuePage";

/** Base64 to bytes, for the PDF the API sends as text. */
function bytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const result = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) result[i] = binary.charCodeAt(i);
  return result;
}

/** A printable A5 flyer per channel (the places and people that spread the programme), in a chosen language. */
export function FlyersPage() {
  const { t } = useTranslation("bienvenue");
  const { query, channels } = useChannels();
  return (
    <BienvenuePage title={t("flyers.title")} intro={t("flyers.intro")}>
      {query.isPending ? (
        <Loading />
      ) : query.error ? (
        <QueryFailure error={query.error} retry={() => query.refetch()} />
      ) : channels.length === 0 ? (
        <p>{t("flyers.noChannels")}</p>
      ) : (
        <table>
          <caption>{t("flyers.caption")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("flyers.channel")}</th>
              <th scope="col">{t("flyers.link")}</th>
              <th scope="col">{t("flyers.flyer")}</th>
            </tr>
          </thead>
          <tbody>
            {channels.map((channel) => (
              <tr key={channel.code}>
                <th scope="row">{channel.name}</th>
                <td>{channel.link}</td>
                <td>
                  <FlyerDownload code={channel.code} name={channel.name} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </BienvenuePage>
  );
}

function FlyerDownload({ code, name }: { code: string; name: string }) {
  const { t, i18n } = useTranslation("bienvenue");
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { languages } = useTenantLanguages();
  const [language, setLanguage] = useState<Language>(languages[0] ?? "fr");
  const { save, pending, failed } = useDownload();
  return (
    <div className="actions compact">
      <SelectField
        id={`flyer-language-${code}`}
        label={t("flyers.language", { name })}
        value={language}
        onChange={setLanguage}
        choices={languages.map((value) => ({ value, label: languageNameIn(value, i18n.language) }))}
      />
      <button
        type="button"
        className="secondary small"
        aria-label={t("flyers.downloadOf", { name })}
        aria-disabled={pending}
        onClick={() =>
          save(async () => {
            const flyer = await queryClient.fetchQuery(trpc.flyers.download.queryOptions({ code, language }));
            return { name: flyer.filename, content: bytes(flyer.content), type: flyer.contentType };
          })
        }
      >
        {pending ? t("flyers.making") : t("flyers.download")}
      </button>
      {failed && (
        <p role="alert" className="field-error">
          {t("flyers.failed")}
        </p>
      )}
    </div>
  );
}
