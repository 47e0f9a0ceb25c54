import type { TemplateData } from "./data";
import { Action, Layout, Paragraph, type TemplateProps } from "./layout";

/** E-mails to partner employers' people: in French or English. */

export function PaymentFailed({ t, brand, language, data }: TemplateProps<TemplateData["paymentFailed"]>) {
  const body = t("paymentFailed.body", { employer: data.employer, count: data.days });
  return (
    <Layout brand={brand} language={language} t={t} preview={body} heading={t("paymentFailed.heading")}>
      <Paragraph>{body}</Paragraph>
      <Action brand={brand} href={data.link}>
        {t("paymentFailed.button")}
      </Action>
      <Paragraph>{t("paymentFailed.after")}</Paragraph>
    </Layout>
  );
}
