import type { TemplateData } from "./data";
import { Action, Layout, Paragraph, type TemplateProps } from "./layout";

/** Parrainage e-mails, to the newcomer and to the ambassador, each in their own language. */

export function BuddyIntroduction({ t, brand, language, data }: TemplateProps<TemplateData["buddyIntroduction"]>) {
  const toNewcomer = data.reader === "newcomer";
  const heading = t(toNewcomer ? "buddyIntroduction.headingNewcomer" : "buddyIntroduction.headingAmbassador", {
    name: data.name,
  });
  return (
    <Layout brand={brand} language={language} t={t} preview={heading} heading={heading}>
      <Paragraph>
        {t(toNewcomer ? "buddyIntroduction.bodyNewcomer" : "buddyIntroduction.bodyAmbassador", {
          name: data.name,
          email: data.email,
        })}
      </Paragraph>
      <Paragraph>{t("buddyIntroduction.languages", { languages: data.languages.join(", ") })}</Paragraph>
      {data.availability ? (
        <Paragraph>{t("buddyIntroduction.availability", { availability: data.availability })}</Paragraph>
      ) : null}
      <Paragraph>{t("buddyIntroduction.duration")}</Paragraph>
      <Action brand={brand} href={data.link}>
        {t("buddyIntroduction.button")}
      </Action>
    </Layout>
  );
}

export function BuddyCheckIn({ t, brand, language, data }: TemplateProps<TemplateData["buddyCheckIn"]>) {
  return (
    <Layout
      brand={brand}
      language={language}
      t={t}
      preview={t(`buddyCheckIn.body${data.month}`, { name: data.name })}
      heading={t("buddyCheckIn.heading")}
    >
      <Paragraph>{t(`buddyCheckIn.body${data.month}`, { name: data.name })}</Paragraph>
      <Paragraph>{t("buddyCheckIn.ask")}</Paragraph>
      <Action brand={brand} href={data.link}>
        {t("buddyCheckIn.button")}
      </Action>
    </Layout>
  );
}
