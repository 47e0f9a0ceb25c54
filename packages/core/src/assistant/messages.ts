import type { Language } from "../tenant/languages";

/** Each language's name, as written in each language: names[reader][language]. */
const names: Record<Language, Record<Language, string>> = {
  fr: {
    fr: "français",
    en: "anglais",
    es: "espagnol",
    de: "allemand",
    it: "italien",
    pt: "portugais",
    ar: "arabe",
    uk: "ukrainien",
  },
  en: {
    fr: "French",
    en: "English",
    es: "Spanish",
    de: "German",
    it: "Italian",
    pt: "Portuguese",
    ar: "Arabic",
    uk: "Ukrainian",
  },
  es: {
    fr: "francés",
    en: "inglés",
    es: "español",
    de: "alemán",
    it: "italiano",
    pt: "portugués",
    ar: "árabe",
    uk: "ucraniano",
  },
  de: {
    fr: "Französisch",
    en: "Englisch",
    es: "Spanisch",
    de: "Deutsch",
    it: "Italienisch",
    pt: "Portugiesisch",
    ar: "Arabisch",
    uk: "Ukrainisch",
  },
  it: {
    fr: "francese",
    en: "inglese",
    es: "spagnolo",
    de: "tedesco",
    it: "italiano",
    pt: "portoghese",
    ar: "arabo",
    uk: "ucraino",
  },
  pt: {
    fr: "francês",
    en: "inglês",
    es: "espanhol",
    de: "alemão",
    it: "italiano",
    pt: "português",
    ar: "árabe",
    uk: "ucraniano",
  },
  ar: {
    fr: "الفرنسية",
    en: "الإنجليزية",
    es: "الإسبانية",
    de: "الألمانية",
    it: "الإيطالية",
    pt: "البرتغالية",
    ar: "العربية",
    uk: "الأوكرانية",
  },
  uk: {
    fr: "французькою",
    en: "англійською",
    es: "іспанською",
    de: "німецькою",
    it: "італійською",
    pt: "португальською",
    ar: "арабською",
    uk: "українською",
  },
};

/** Said when the article exists only in another language: what follows is in that language. */
export function fallbackNotice(reader: Language, shown: Language): string {
  const them = names[reader][shown];
  const mine = names[reader][reader];
  switch (reader) {
    case "fr":
      return `Cette information n'existe pas encore en ${mine} : la voici en ${them}.`;
    case "en":
      return `This information is not available in ${mine} yet, so here it is in ${them}.`;
    case "es":
      return `Esta información aún no está disponible en ${mine}; aquí la tiene en ${them}.`;
    case "de":
      return `Diese Information gibt es noch nicht auf ${mine}; hier ist sie auf ${them}.`;
    case "it":
      return `Questa informazione non è ancora disponibile in ${mine}: eccola in ${them}.`;
    case "pt":
      return `Esta informação ainda não existe em ${mine}; aqui está em ${them}.`;
    case "ar":
      return `هذه المعلومات غير متوفرة بعد باللغة ${mine}، وهذه هي باللغة ${them}.`;
    case "uk":
      return `Ця інформація ще не доступна ${mine}, ось вона ${them}.`;
  }
}

/** Said instead of an answer: the guide does not say, and a person can help. */
export const dontKnow: Record<Language, string> = {
  fr: "Je n'ai pas trouvé la réponse dans le guide du territoire. Un conseiller de la Conciergerie peut vous aider : voulez-vous lui envoyer votre question ?",
  en: "I could not find the answer in the territory's guide. An adviser from the Conciergerie can help you: would you like to send them your question?",
  es: "No he encontrado la respuesta en la guía del territorio. Un asesor de la Conciergerie puede ayudarle: ¿quiere enviarle su pregunta?",
  de: "Ich habe die Antwort im Leitfaden der Region nicht gefunden. Eine Beraterin oder ein Berater der Conciergerie kann Ihnen helfen: Möchten Sie Ihre Frage dorthin schicken?",
  it: "Non ho trovato la risposta nella guida del territorio. Un consulente della Conciergerie può aiutarla: vuole inviargli la sua domanda?",
  pt: "Não encontrei a resposta no guia do território. Um conselheiro da Conciergerie pode ajudar: quer enviar-lhe a sua pergunta?",
  ar: "لم أجد الإجابة في دليل المنطقة. يمكن لمستشار من خدمة الكونسيرجري مساعدتك: هل تريد أن ترسل له سؤالك؟",
  uk: "Я не знайшов відповіді в путівнику території. Консультант Conciergerie може вам допомогти: бажаєте надіслати йому своє запитання?",
};
