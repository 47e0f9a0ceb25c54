import type { TemplateData } from "./data";
import { Action, Layout, Paragraph, type TemplateProps } from "./layout";

/** To a partner business: the signed link of its validation page. */
export function DealPartnerLink({ t, brand, language, data }: TemplateProps<TemplateData["dealPartnerLink"]>) {
  const territory = brand.name;
  return (
    <Layout
      brand={brand}
      language={language}
      t={t}
      preview={t("dealPartnerLink.body", { territory, partner: data.partner })}
      heading={t("dealPartnerLink.heading")}
    >
      <Paragraph>{t("dealPartnerLink.body", { territory, partner: data.partner })}</Paragraph>
      <Action brand={brand} href={data.link}>
        {t("dealPartnerLink.button")}
      </Action>
      <Paragraph>{t("dealPartnerLink.keep", { partner: data.partner })}</Paragraph>
    </Layout>
  );
}
