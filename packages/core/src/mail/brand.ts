import { config, portalUrl } from "../config";
import { defaultPrimaryColor } from "../tenant";

/** Whose name, colour and logo an e-mail carries: a territory's, or the platform's own. */
export type Brand = { name: string; color: string; logoUrl: string | null; url: string };

export function territoryBrand(tenant: {
  name: string;
  slug: string;
  primaryColor?: string | null;
  logoUrl?: string | null;
}): Brand {
  return {
    name: tenant.name,
    color: tenant.primaryColor ?? defaultPrimaryColor,
    logoUrl: tenant.logoUrl ?? null,
    url: portalUrl(tenant.slug),
  };
}

/** Sign-up and platform sign-in mail: nobody's territory yet. */
export function platformBrand(): Brand {
  return { name: "Escale", color: defaultPrimaryColor, logoUrl: null, url: config().publicUrl };
}
