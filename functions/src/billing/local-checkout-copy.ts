import type { Language } from "@escale/core/languages";

/** The local checkout page's words: it stands in for Stripe's page, so every portal language is here. */
export type LocalCheckoutCopy = {
  title: string;
  notice: string;
  offer: string;
  amount: string;
  perMonth: string;
  perYear: string;
  email: string;
  pay: string;
  cancel: string;
  alreadyPaid: string;
};

export const localCheckoutCopy: Record<Language, LocalCheckoutCopy> = {
  fr: {
    title: "Paiement",
    notice: "Paiement de test local : aucune carte n'est débitée.",
    offer: "Offre",
    amount: "Montant",
    perMonth: "par mois",
    perYear: "par an",
    email: "E-mail",
    pay: "Payer",
    cancel: "Annuler",
    alreadyPaid: "Ce paiement a déjà été effectué.",
  },
  en: {
    title: "Payment",
    notice: "Local test payment: no card is charged.",
    offer: "Offer",
    amount: "Amount",
    perMonth: "per month",
    perYear: "per year",
    email: "E-mail",
    pay: "Pay",
    cancel: "Cancel",
    alreadyPaid: "This payment has already been made.",
  },
  es: {
    title: "Pago",
    notice: "Pago de prueba local: no se carga ninguna tarjeta.",
    offer: "Oferta",
    amount: "Importe",
    perMonth: "al mes",
    perYear: "al año",
    email: "Correo electrónico",
    pay: "Pagar",
    cancel: "Cancelar",
    alreadyPaid: "Este pago ya se ha realizado.",
  },
  de: {
    title: "Zahlung",
    notice: "Lokale Testzahlung: Es wird keine Karte belastet.",
    offer: "Angebot",
    amount: "Betrag",
    perMonth: "pro Monat",
    perYear: "pro Jahr",
    email: "E-Mail",
    pay: "Bezahlen",
    cancel: "Abbrechen",
    alreadyPaid: "Diese Zahlung wurde bereits ausgeführt.",
  },
  it: {
    title: "Pagamento",
    notice: "Pagamento di prova locale: nessuna carta viene addebitata.",
    offer: "Offerta",
    amount: "Importo",
    perMonth: "al mese",
    perYear: "all'anno",
    email: "E-mail",
    pay: "Paga",
    cancel: "Annulla",
    alreadyPaid: "Questo pagamento è già stato effettuato.",
  },
  pt: {
    title: "Pagamento",
    notice: "Pagamento de teste local: nenhum cartão é debitado.",
    offer: "Oferta",
    amount: "Valor",
    perMonth: "por mês",
    perYear: "por ano",
    email: "E-mail",
    pay: "Pagar",
    cancel: "Cancelar",
    alreadyPaid: "Este pagamento já foi efetuado.",
  },
  ar: {
    title: "الدفع",
    notice: "دفع تجريبي محلي: لا يتم خصم أي مبلغ من أي بطاقة.",
    offer: "العرض",
    amount: "المبلغ",
    perMonth: "شهريًا",
    perYear: "سنويًا",
    email: "البريد الإلكتروني",
    pay: "ادفع",
    cancel: "إلغاء",
    alreadyPaid: "تم تنفيذ هذا الدفع بالفعل.",
  },
  uk: {
    title: "Оплата",
    notice: "Локальний тестовий платіж: жодна картка не списується.",
    offer: "Пропозиція",
    amount: "Сума",
    perMonth: "на місяць",
    perYear: "на рік",
    email: "Електронна пошта",
    pay: "Сплатити",
    cancel: "Скасувати",
    alreadyPaid: "Цей платіж уже здійснено.",
  },
};
