import * as z from "zod";
import { fill, printFlyer } from "../../bienvenue/flyers";
import { link } from "../../conciergerie/channels";
import { VisibleError } from "../../error";
import { fn } from "../../fn";
import * as Tenant from "../../tenant";
import { type Language, languageCodes } from "../../tenant/languages";
import ar from "./copy/ar.json";
import de from "./copy/de.json";
import en from "./copy/en.json";
import es from "./copy/es.json";
import fr from "./copy/fr.json";
import it from "./copy/it.json";
import pt from "./copy/pt.json";
import uk from "./copy/uk.json";
import { kitEmployer } from "./kit";

const copy: Record<Language, typeof fr> = { fr, en, es, de, it, pt, ar, uk };

/**
 * The employer's own A5 flyer for its recruits: the Bienvenue flyer's page, inviting them to the
 * Conciergerie through the employer's channel (its QR code and link), with the referral code.
 */
export const flyer = fn(z.object({ language: z.enum(languageCodes) }), async (input) => {
  const employer = await kitEmployer();
  const tenant = await Tenant.current();
  if (!tenant.languages.includes(input.language))
    throw new VisibleError("input", "language_not_enabled", "language: this language is not enabled.", "language");
  const target = link(tenant.slug, employer.channelCode);
  const words = copy[input.language];
  const values = { territory: tenant.name, employer: employer.name, code: employer.channelCode };
  const bytes = await printFlyer(tenant, input.language, target, {
    title: `${tenant.name} — ${employer.name}`,
    heading: fill(words.heading, values),
    body: fill(words.body, values),
    scan: words.scan,
    footer: fill(words.code, values),
  });
  return {
    filename: `flyer-${employer.channelCode}-${input.language}.pdf`,
    contentType: "application/pdf" as const,
    link: target,
    code: employer.channelCode,
    content: Buffer.from(bytes).toString("base64"),
  };
});
