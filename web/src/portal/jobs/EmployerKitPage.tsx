import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api";
import { direction, isLanguage, languageName } from "../../languages";
import { Loading } from "../../ui/Loading";
import { SelectField } from "../../ui/SelectField";
import { useDownload } from "../../ui/useDownload";
import { usePageTitle } from "../../ui/usePageTitle";
import { SubscriptionStatus } from "../employers/SubscriptionStatus";
import { useEmployer } from "../employers/useEmployer";
import { HelpFailure } from "../help/SignInPrompt";
import type { PortalProfile } from "../types";

const outcomeKeys = [
  "referred",
  "contacted",
  "accompanied",
  "installed",
  "partnerFoundWork",
  "childrenSchooled",
] as const;

/** The employer kit: the territory's files, videos and texts, the employer's own flyer, and its recruits' outcomes. */
export function EmployerKitPage({ profile }: { profile: PortalProfile }) {
  const { t } = useTranslation("jobs");
  const title = t("kit.title");
  usePageTitle(title);
  const me = useEmployer();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const kit = useQuery({ ...trpc.employerKit.items.queryOptions(), enabled: me.access });
  const outcomes = useQuery(trpc.employerKit.outcomes.queryOptions());
  const languages = profile.languages.filter(isLanguage);
  const [language, setLanguage] = useState(profile.defaultLanguage);
  const { save, pending, failed } = useDownload();

  async function flyer() {
    const made = await queryClient.fetchQuery(
      trpc.employerKit.flyer.queryOptions({ language: language as (typeof languages)[number] }),
    );
    return {
      name: made.filename,
      content: Uint8Array.from(atob(made.content), (c) => c.charCodeAt(0)),
      type: made.contentType,
    };
  }

  return (
    <>
      <h1>{title}</h1>
      {!me.access ? (
        <SubscriptionStatus me={me} />
      ) : (
        <>
          <section aria-labelledby="flyer-heading">
            <h2 id="flyer-heading">{t("kit.flyer")}</h2>
            <p>{t("kit.flyerIntro")}</p>
            <SelectField
              id="flyerLanguage"
              label={t("kit.flyerLanguage")}
              choices={languages.map((code) => ({ value: code, label: languageName(code), lang: code }))}
              value={language}
              onChange={setLanguage}
            />
            <button type="button" aria-disabled={pending} onClick={() => save(flyer)}>
              {t("kit.download")}
            </button>
            {failed && (
              <p role="alert" className="field-error">
                {t("kit.downloadFailed")}
              </p>
            )}
          </section>
          <section aria-labelledby="kit-heading">
            <h2 id="kit-heading">{t("kit.fromTerritory", { territory: profile.name })}</h2>
            {kit.isPending ? (
              <Loading />
            ) : kit.error ? (
              <HelpFailure retry={() => kit.refetch()} />
            ) : kit.data.length === 0 ? (
              <p>{t("kit.none")}</p>
            ) : (
              <ul className="cards">
                {kit.data.map((item) => (
                  <li key={item.id} className="card">
                    <h3 lang={item.language} dir={direction(item.language)}>
                      {item.url ? <a href={item.url}>{item.title}</a> : item.title}
                    </h3>
                    <p>{t(`kit.kinds.${item.kind}`)}</p>
                    {item.text && (
                      <p lang={item.language} dir={direction(item.language)} className="job-description">
                        {item.text}
                      </p>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </section>
        </>
      )}
      <section aria-labelledby="outcomes-heading">
        <h2 id="outcomes-heading">{t("outcomes.title")}</h2>
        {outcomes.isPending ? (
          <Loading />
        ) : outcomes.error ? (
          <HelpFailure retry={() => outcomes.refetch()} />
        ) : outcomes.data.outcomes ? (
          <dl className="figures">
            {outcomeKeys.map((key) => (
              <div key={key}>
                <dt>{t(`outcomes.${key}`)}</dt>
                <dd>{new Intl.NumberFormat(language).format(outcomes.data.outcomes?.[key] ?? 0)}</dd>
              </div>
            ))}
          </dl>
        ) : (
          <p>{t("outcomes.tooFew", { minimum: outcomes.data.minimumGroup })}</p>
        )}
      </section>
    </>
  );
}
