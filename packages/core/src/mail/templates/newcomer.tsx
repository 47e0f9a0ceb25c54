import { Text } from "@react-email/text";
import type { TemplateData } from "./data";
import { Action, Layout, Paragraph, type TemplateProps } from "./layout";

/** E-mails to newcomers: in every portal language. */

export function SignInCode({ t, brand, language, data }: TemplateProps<TemplateData["signInCode"]>) {
  const territory = brand.name;
  return (
    <Layout
      brand={brand}
      language={language}
      t={t}
      preview={t("signInCode.intro", { territory })}
      heading={t("signInCode.heading")}
    >
      <Paragraph>{t("signInCode.intro", { territory })}</Paragraph>
      <Text style={{ fontFamily: "monospace", fontSize: 32, fontWeight: 700, letterSpacing: 6 }} dir="ltr">
        {data.code}
      </Text>
      <Paragraph>{t("signInCode.ignore")}</Paragraph>
    </Layout>
  );
}

export function IntakeConfirmation({ t, brand, language, data }: TemplateProps<TemplateData["intakeConfirmation"]>) {
  const territory = brand.name;
  return (
    <Layout
      brand={brand}
      language={language}
      t={t}
      preview={t("intakeConfirmation.body", { territory })}
      heading={t("intakeConfirmation.heading")}
    >
      <Paragraph>{t("intakeConfirmation.body", { territory })}</Paragraph>
      <Paragraph>{t("intakeConfirmation.follow")}</Paragraph>
      <Action brand={brand} href={data.link}>
        {t("intakeConfirmation.button")}
      </Action>
    </Layout>
  );
}

export function NewMessage({ t, brand, language, data }: TemplateProps<TemplateData["newMessage"]>) {
  return (
    <Layout brand={brand} language={language} t={t} preview={t("newMessage.body")} heading={t("newMessage.heading")}>
      <Paragraph>{t("newMessage.body")}</Paragraph>
      <Action brand={brand} href={data.link}>
        {t("newMessage.button")}
      </Action>
    </Layout>
  );
}
