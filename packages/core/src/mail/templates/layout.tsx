import { Body } from "@react-email/body";
import { Button } from "@react-email/button";
import { Container } from "@react-email/container";
import { Head } from "@react-email/head";
import { Heading } from "@react-email/heading";
import { Hr } from "@react-email/hr";
import { Html } from "@react-email/html";
import { Img } from "@react-email/img";
import { Preview } from "@react-email/preview";
import { Section } from "@react-email/section";
import { Text } from "@react-email/text";
import type { TFunction } from "i18next";
import type { ReactNode } from "react";
import { type Language, languages } from "../../tenant/languages";
import type { Brand } from "../brand";

export type TemplateProps<D> = { t: TFunction; brand: Brand; language: Language; data: D };

const font = "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";

/** The frame of every e-mail: the sender's colour and logo on top, the heading, the footer. */
export function Layout(props: {
  brand: Brand;
  language: Language;
  t: TFunction;
  preview: string;
  heading: string;
  children: ReactNode;
}) {
  const { brand, language, t } = props;
  return (
    <Html lang={language} dir={languages[language].direction}>
      <Head />
      <Preview>{props.preview}</Preview>
      <Body style={{ backgroundColor: "#f3f4f6", fontFamily: font, margin: 0, padding: "24px 0" }}>
        <Container style={{ backgroundColor: "#ffffff", borderRadius: 8, maxWidth: 560 }}>
          <Section style={{ backgroundColor: brand.color, borderRadius: "8px 8px 0 0", padding: "16px 24px" }}>
            {brand.logoUrl ? <Img src={brand.logoUrl} alt="" height={40} style={{ marginBottom: 8 }} /> : null}
            <Text style={{ color: "#ffffff", fontSize: 18, fontWeight: 700, margin: 0 }}>{brand.name}</Text>
          </Section>
          <Section style={{ padding: "8px 24px 16px" }}>
            <Heading as="h1" style={{ color: "#111827", fontSize: 22 }}>
              {props.heading}
            </Heading>
            {props.children}
          </Section>
          <Hr style={{ borderColor: "#e5e7eb", margin: 0 }} />
          <Text style={{ color: "#4b5563", fontSize: 13, padding: "0 24px" }}>
            {t("layout.footer", { territory: brand.name })}
          </Text>
        </Container>
      </Body>
    </Html>
  );
}

export function Paragraph({ children }: { children: ReactNode }) {
  return <Text style={{ color: "#111827", fontSize: 16, lineHeight: "24px" }}>{children}</Text>;
}

/** The main action, in the sender's colour (checked for contrast under white text when it was chosen). */
export function Action({ brand, href, children }: { brand: Brand; href: string; children: ReactNode }) {
  return (
    <Section style={{ margin: "16px 0" }}>
      <Button
        href={href}
        style={{
          backgroundColor: brand.color,
          borderRadius: 6,
          color: "#ffffff",
          fontSize: 16,
          fontWeight: 600,
          padding: "12px 20px",
        }}
      >
        {children}
      </Button>
    </Section>
  );
}
