import type { Language } from "../tenant/languages";

/**
 * The words of the pages Bienvenue's e-mail links open with no session (unsubscribe, newsletter
 * confirmation), per portal language; the e-mails themselves are mail templates.
 */
type Words = {
  unsubscribeTitle: string;
  unsubscribeQuestion: string;
  unsubscribeButton: string;
  unsubscribeDone: string;
  unsubscribeInvalid: string;
  confirmTitle: string;
  confirmButton: string;
  confirmDone: string;
};

const copy: Record<Language, Words> = {
  fr: {
    unsubscribeTitle: "Se désabonner de la lettre Bienvenue",
    unsubscribeQuestion: "Ne plus recevoir la lettre trimestrielle du programme Bienvenue ?",
    unsubscribeButton: "Me désabonner",
    unsubscribeDone: "C'est fait : vous ne recevrez plus la lettre Bienvenue.",
    unsubscribeInvalid: "Ce lien de désabonnement n'est pas valide.",
    confirmTitle: "Confirmer l'abonnement à la lettre Bienvenue",
    confirmButton: "Confirmer mon abonnement",
    confirmDone: "Merci : votre abonnement à la lettre Bienvenue est confirmé.",
  },
  en: {
    unsubscribeTitle: "Unsubscribe from the Bienvenue letter",
    unsubscribeQuestion: "Stop receiving the Bienvenue programme's quarterly letter?",
    unsubscribeButton: "Unsubscribe me",
    unsubscribeDone: "Done: you will no longer receive the Bienvenue letter.",
    unsubscribeInvalid: "This unsubscribe link is not valid.",
    confirmTitle: "Confirm your subscription to the Bienvenue letter",
    confirmButton: "Confirm my subscription",
    confirmDone: "Thank you: your subscription to the Bienvenue letter is confirmed.",
  },
  es: {
    unsubscribeTitle: "Darse de baja de la carta Bienvenue",
    unsubscribeQuestion: "¿Dejar de recibir la carta trimestral del programa Bienvenue?",
    unsubscribeButton: "Darme de baja",
    unsubscribeDone: "Hecho: ya no recibirá la carta Bienvenue.",
    unsubscribeInvalid: "Este enlace de baja no es válido.",
    confirmTitle: "Confirmar la suscripción a la carta Bienvenue",
    confirmButton: "Confirmar mi suscripción",
    confirmDone: "Gracias: su suscripción a la carta Bienvenue está confirmada.",
  },
  de: {
    unsubscribeTitle: "Vom Bienvenue-Brief abmelden",
    unsubscribeQuestion: "Den vierteljährlichen Brief des Bienvenue-Programms nicht mehr erhalten?",
    unsubscribeButton: "Abmelden",
    unsubscribeDone: "Erledigt: Sie erhalten den Bienvenue-Brief nicht mehr.",
    unsubscribeInvalid: "Dieser Abmeldelink ist ungültig.",
    confirmTitle: "Abonnement des Bienvenue-Briefs bestätigen",
    confirmButton: "Abonnement bestätigen",
    confirmDone: "Danke: Ihr Abonnement des Bienvenue-Briefs ist bestätigt.",
  },
  it: {
    unsubscribeTitle: "Annullare l'iscrizione alla lettera Bienvenue",
    unsubscribeQuestion: "Non ricevere più la lettera trimestrale del programma Bienvenue?",
    unsubscribeButton: "Annulla l'iscrizione",
    unsubscribeDone: "Fatto: non riceverà più la lettera Bienvenue.",
    unsubscribeInvalid: "Questo link di annullamento non è valido.",
    confirmTitle: "Confermare l'iscrizione alla lettera Bienvenue",
    confirmButton: "Conferma la mia iscrizione",
    confirmDone: "Grazie: la sua iscrizione alla lettera Bienvenue è confermata.",
  },
  pt: {
    unsubscribeTitle: "Cancelar a subscrição da carta Bienvenue",
    unsubscribeQuestion: "Deixar de receber a carta trimestral do programa Bienvenue?",
    unsubscribeButton: "Cancelar a subscrição",
    unsubscribeDone: "Feito: deixará de receber a carta Bienvenue.",
    unsubscribeInvalid: "Este link de cancelamento não é válido.",
    confirmTitle: "Confirmar a subscrição da carta Bienvenue",
    confirmButton: "Confirmar a minha subscrição",
    confirmDone: "Obrigado: a sua subscrição da carta Bienvenue está confirmada.",
  },
  ar: {
    unsubscribeTitle: "إلغاء الاشتراك في رسالة Bienvenue",
    unsubscribeQuestion: "هل تريد التوقف عن تلقي الرسالة الفصلية لبرنامج Bienvenue؟",
    unsubscribeButton: "إلغاء اشتراكي",
    unsubscribeDone: "تم: لن تصلك رسالة Bienvenue بعد الآن.",
    unsubscribeInvalid: "رابط إلغاء الاشتراك هذا غير صالح.",
    confirmTitle: "تأكيد الاشتراك في رسالة Bienvenue",
    confirmButton: "تأكيد اشتراكي",
    confirmDone: "شكرا: تم تأكيد اشتراكك في رسالة Bienvenue.",
  },
  uk: {
    unsubscribeTitle: "Відписатися від листа Bienvenue",
    unsubscribeQuestion: "Більше не отримувати щоквартальний лист програми Bienvenue?",
    unsubscribeButton: "Відписатися",
    unsubscribeDone: "Готово: ви більше не отримуватимете лист Bienvenue.",
    unsubscribeInvalid: "Це посилання для відписки недійсне.",
    confirmTitle: "Підтвердити підписку на лист Bienvenue",
    confirmButton: "Підтвердити підписку",
    confirmDone: "Дякуємо: вашу підписку на лист Bienvenue підтверджено.",
  },
};

/** One phrase in the person's language (French when it has none), with its {values} filled in. */
export type Phrase = keyof Words;

export function words(language: string, key: Phrase, values: Record<string, string | number> = {}): string {
  const phrases = copy[language as Language] ?? copy.fr;
  return phrases[key].replace(/\{(\w+)\}/g, (match, name: string) => String(values[name] ?? match));
}

/** A date and time as the person reads it, in Paris time. */
export function when(language: string, iso: string): string {
  return new Intl.DateTimeFormat(language, {
    dateStyle: "full",
    timeStyle: "short",
    timeZone: "Europe/Paris",
  }).format(new Date(iso));
}
