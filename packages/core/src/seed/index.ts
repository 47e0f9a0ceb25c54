import * as Accounts from "../billing/accounts";
import { config } from "../config";
import { assertActor, withActor } from "../context";
import * as Offers from "../employers/offers";
import * as Knowledge from "../knowledge";
import * as Tenant from "../tenant";
import demoOffer from "./demo-offer.json";
import lorvanneKnowledge from "./lorvanne-knowledge.json";

export const demoSlug = "demo";
export const demoOwner = "owner@demo.localhost";
/** The demo territory's Stripe account: without keys, the local checkout page stands in for it. */
export const demoStripeAccount = "acct_demolocal";

const tagline: Record<string, string> = {
  fr: "Bienvenue au Pays de Lorvanne : venez vivre et travailler ici",
  en: "Welcome to the Pays de Lorvanne: come and live and work here",
  es: "Bienvenido al Pays de Lorvanne: ven a vivir y trabajar aquí",
  de: "Willkommen im Pays de Lorvanne: Leben und arbeiten Sie hier",
  it: "Benvenuti nel Pays de Lorvanne: venite a vivere e lavorare qui",
  pt: "Bem-vindo ao Pays de Lorvanne: venha viver e trabalhar aqui",
  ar: "مرحبا بكم في بلاد لورفان: تعالوا للعيش والعمل هنا",
  uk: "Ласкаво просимо до Пеї-де-Лорванн: приїжджайте жити та працювати",
};

const hero: Record<string, string> = {
  fr: "Emploi, logement, école, santé : notre Conciergerie vous accompagne dans votre installation.",
  en: "Jobs, housing, school, health: our Conciergerie helps you settle in.",
  es: "Empleo, vivienda, escuela, salud: nuestra Conciergerie le acompaña en su instalación.",
  de: "Arbeit, Wohnung, Schule, Gesundheit: Unsere Conciergerie begleitet Sie beim Ankommen.",
  it: "Lavoro, casa, scuola, salute: la nostra Conciergerie vi accompagna nel trasferimento.",
  pt: "Emprego, habitação, escola, saúde: a nossa Conciergerie acompanha a sua instalação.",
  ar: "العمل والسكن والمدرسة والصحة: ترافقكم خدمة الاستقبال لدينا في استقراركم.",
  uk: "Робота, житло, школа, здоров'я: наша консьєрж-служба допоможе вам облаштуватися.",
};

/**
 * The demo territory that `pnpm dev` shows: created once, left alone afterwards so changes
 * made while trying the product survive restarts.
 */
export async function demo() {
  assertActor("system");
  const existing = await Tenant.bySlug(demoSlug);
  if (existing) {
    await sellToEmployers(existing.tenantId);
    return { tenant: existing, created: false };
  }
  const tenant = await Tenant.create({
    name: "Pays de Lorvanne",
    kind: "communes",
    country: "FR",
    slug: demoSlug,
    defaultLanguage: "fr",
    languages: ["fr", "en", "es", "de", "it", "pt", "ar", "uk"],
    ownerEmail: demoOwner,
  });
  const branded = await withActor({ type: "system", tenantId: tenant.tenantId }, async () => {
    await Knowledge.importArticles(lorvanneKnowledge);
    return Tenant.patchVersioned(tenant.version, { primaryColor: "#0f5c4d", tagline, hero });
  });
  await sellToEmployers(tenant.tenantId);
  return { tenant: branded, created: true };
}

/**
 * So that a visitor can try employer sign-up at once: an account that can charge and one
 * offer. Only without Stripe keys (the local checkout page stands in for Stripe; with keys an
 * admin connects a real account), once; an account connected since is kept.
 */
async function sellToEmployers(tenantId: string) {
  if (config().stripe.secretKey) return;
  await withActor({ type: "system", tenantId }, async () => {
    if ((await Accounts.load()).accountId) return;
    await Accounts.connect({ accountId: demoStripeAccount });
    await Offers.create(demoOffer);
  });
}
