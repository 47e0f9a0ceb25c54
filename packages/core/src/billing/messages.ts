import type { Language } from "../tenant/languages";

type Copy = { subject: (territory: string) => string; body: (employer: string, days: number, link: string) => string };

/**
 * The e-mail an employer's people get when a payment fails. French and English for now; other
 * languages fall back to English until the e-mail template mechanism takes these over.
 */
const paymentFailed: Partial<Record<Language, Copy>> & { en: Copy } = {
  fr: {
    subject: (territory) => `${territory} : votre paiement n'a pas abouti`,
    body: (employer, days, link) =>
      `Bonjour,\n\nLe dernier paiement de l'abonnement de ${employer} n'a pas abouti. Mettez à jour votre moyen de paiement sous ${days} jours pour garder l'accès à votre espace employeur :\n${link}\n\nPassé ce délai, l'accès est suspendu jusqu'au paiement.`,
  },
  en: {
    subject: (territory) => `${territory}: your payment did not go through`,
    body: (employer, days, link) =>
      `Hello,\n\nThe latest payment of ${employer}'s subscription did not go through. Please update your payment method within ${days} days to keep your employer space:\n${link}\n\nAfter that, access is paused until the payment is made.`,
  },
};

export function paymentFailedMessage(language: string): Copy {
  return paymentFailed[language as Language] ?? paymentFailed.en;
}
