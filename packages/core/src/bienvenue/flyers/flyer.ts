import * as z from "zod";
import { assertCan } from "../../auth/roles";
import { link } from "../../conciergerie/channels";
import { useTenant } from "../../context";
import { db } from "../../db";
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
import { fill, printFlyer } from "./print";

const copy: Record<Language, typeof fr> = { fr, en, es, de, it, pt, ar, uk };

/**
 * A channel's printable A5 flyer in one language: an invitation to the Bienvenue programme with
 * the channel's QR code and link.
 */
export const download = fn(
  z.object({
    code: z.string().trim().toLowerCase().max(40),
    language: z.enum(languageCodes),
  }),
  async (input) => {
    assertCan("cases.read");
    const tenant = await Tenant.current();
    const channel = await db().entities.channel.get({ tenantId: useTenant(), code: input.code }).go();
    if (!channel.data) throw new VisibleError("not-found", "channel_not_found", "code: no such channel.", "code");
    if (!tenant.languages.includes(input.language))
      throw new VisibleError("input", "language_not_enabled", "language: this language is not enabled.", "language");
    const target = link(tenant.slug, input.code);
    const words = copy[input.language];
    const bytes = await printFlyer(tenant, input.language, target, {
      title: `${tenant.name} — ${channel.data.name}`,
      heading: fill(words.heading, { territory: tenant.name }),
      body: words.body,
      scan: words.scan,
      footer: fill(words.from, { channel: channel.data.name }),
    });
    return {
      filename: `flyer-${input.code}-${input.language}.pdf`,
      contentType: "application/pdf" as const,
      link: target,
      content: Buffer.from(bytes).toString("base64"),
    };
  },
);
