import { portalUrl } from "../../config";
import * as Mail from "../../mail";
import * as Tenant from "../../tenant";
import type { Language } from "../../tenant/languages";

type PairPeople = {
  ambassadorEmail: string;
  ambassadorName: string;
  ambassadorLanguage: string;
  enroleeEmail: string;
  enroleeName: string;
  enroleeLanguage: string;
};

async function territory() {
  const tenant = await Tenant.current();
  return { brand: Mail.territoryBrand(tenant), link: `${portalUrl(tenant.slug)}/bienvenue` };
}

/** Each side of a new pair learns who the other is and how to reach them, in their own language. */
export async function introductions(
  pair: PairPeople,
  ambassador: { languages: string[]; availability: string },
  newcomer: { languages: string[] },
) {
  const { brand, link } = await territory();
  await Mail.send({
    template: "buddyIntroduction",
    data: {
      reader: "newcomer",
      name: pair.ambassadorName,
      email: pair.ambassadorEmail,
      languages: ambassador.languages,
      availability: ambassador.availability,
      link,
    },
    to: pair.enroleeEmail,
    language: pair.enroleeLanguage as Language,
    brand,
  });
  await Mail.send({
    template: "buddyIntroduction",
    data: {
      reader: "ambassador",
      name: pair.enroleeName,
      email: pair.enroleeEmail,
      languages: newcomer.languages,
      link,
    },
    to: pair.ambassadorEmail,
    language: pair.ambassadorLanguage as Language,
    brand,
  });
}

/** The one- or three-month check-in, to both sides. */
export async function checkIn(pair: PairPeople, month: 1 | 3) {
  const { brand, link } = await territory();
  await Mail.send({
    template: "buddyCheckIn",
    data: { month, name: pair.ambassadorName, link },
    to: pair.enroleeEmail,
    language: pair.enroleeLanguage as Language,
    brand,
  });
  await Mail.send({
    template: "buddyCheckIn",
    data: { month, name: pair.enroleeName, link },
    to: pair.ambassadorEmail,
    language: pair.ambassadorLanguage as Language,
    brand,
  });
}
