import type { Language } from "@escale/core/languages";

/** The sign-in pages' words. Newcomers sign in on their portal, so every portal language is here. */
export type CodePageCopy = {
  signInTitle: string;
  signInHeading: string;
  invalidEmail: string;
  emailLabel: string;
  sendCode: string;
  codeHint: string;
  codeTitle: string;
  codeHeading: string;
  invalidCode: string;
  codeVoid: string;
  tooManyCodes: string;
  sentTo: string;
  resentTo: string;
  codeLabel: string;
  signIn: string;
  noEmail: string;
  resend: string;
};

export const codePageCopy: Record<Language, CodePageCopy> = {
  en: {
    signInTitle: "Sign in",
    signInHeading: "Sign in",
    invalidEmail: "This e-mail address is not valid.",
    emailLabel: "E-mail address",
    sendCode: "Send me a code",
    codeHint: "We will e-mail you a 6-digit code. No password needed.",
    codeTitle: "Enter your code",
    codeHeading: "Check your e-mail",
    invalidCode: "That code is not right. Check the latest e-mail and try again.",
    codeVoid: "This code no longer works: it was typed wrong too many times or has expired. Ask for a new one below.",
    tooManyCodes: "Too many codes were asked for in a short time. Wait a few minutes, then try again.",
    sentTo: "We sent a code to",
    resentTo: "We sent a new code to",
    codeLabel: "6-digit code",
    signIn: "Sign in",
    noEmail: "No e-mail?",
    resend: "Send a new code",
  },
  fr: {
    signInTitle: "Connexion",
    signInHeading: "Connexion",
    invalidEmail: "Cette adresse e-mail n'est pas valide.",
    emailLabel: "Adresse e-mail",
    sendCode: "M'envoyer un code",
    codeHint: "Nous vous envoyons un code à 6 chiffres par e-mail. Pas de mot de passe.",
    codeTitle: "Saisissez votre code",
    codeHeading: "Consultez vos e-mails",
    invalidCode: "Ce code n'est pas le bon. Vérifiez le dernier e-mail et réessayez.",
    codeVoid:
      "Ce code ne fonctionne plus : il a été mal saisi trop de fois ou a expiré. Demandez-en un nouveau ci-dessous.",
    tooManyCodes: "Trop de codes ont été demandés en peu de temps. Patientez quelques minutes, puis réessayez.",
    sentTo: "Nous avons envoyé un code à",
    resentTo: "Nous avons envoyé un nouveau code à",
    codeLabel: "Code à 6 chiffres",
    signIn: "Se connecter",
    noEmail: "Pas d'e-mail ?",
    resend: "Envoyer un nouveau code",
  },
  es: {
    signInTitle: "Iniciar sesión",
    signInHeading: "Iniciar sesión",
    invalidEmail: "Esta dirección de correo no es válida.",
    emailLabel: "Correo electrónico",
    sendCode: "Enviarme un código",
    codeHint: "Le enviaremos un código de 6 cifras por correo. Sin contraseña.",
    codeTitle: "Introduzca su código",
    codeHeading: "Revise su correo",
    invalidCode: "Ese código no es correcto. Revise el último correo e inténtelo de nuevo.",
    codeVoid: "Este código ya no sirve: se escribió mal demasiadas veces o ha caducado. Pida uno nuevo más abajo.",
    tooManyCodes: "Se han pedido demasiados códigos en poco tiempo. Espere unos minutos y vuelva a intentarlo.",
    sentTo: "Hemos enviado un código a",
    resentTo: "Hemos enviado un código nuevo a",
    codeLabel: "Código de 6 cifras",
    signIn: "Iniciar sesión",
    noEmail: "¿No le ha llegado?",
    resend: "Enviar un código nuevo",
  },
  de: {
    signInTitle: "Anmelden",
    signInHeading: "Anmelden",
    invalidEmail: "Diese E-Mail-Adresse ist ungültig.",
    emailLabel: "E-Mail-Adresse",
    sendCode: "Code senden",
    codeHint: "Wir senden Ihnen einen 6-stelligen Code per E-Mail. Kein Passwort nötig.",
    codeTitle: "Code eingeben",
    codeHeading: "Prüfen Sie Ihre E-Mails",
    invalidCode: "Dieser Code stimmt nicht. Prüfen Sie die neueste E-Mail und versuchen Sie es erneut.",
    codeVoid:
      "Dieser Code gilt nicht mehr: Er wurde zu oft falsch eingegeben oder ist abgelaufen. Fordern Sie unten einen neuen an.",
    tooManyCodes:
      "In kurzer Zeit wurden zu viele Codes angefordert. Warten Sie ein paar Minuten und versuchen Sie es dann erneut.",
    sentTo: "Wir haben einen Code gesendet an",
    resentTo: "Wir haben einen neuen Code gesendet an",
    codeLabel: "6-stelliger Code",
    signIn: "Anmelden",
    noEmail: "Keine E-Mail?",
    resend: "Neuen Code senden",
  },
  it: {
    signInTitle: "Accedi",
    signInHeading: "Accedi",
    invalidEmail: "Questo indirizzo e-mail non è valido.",
    emailLabel: "Indirizzo e-mail",
    sendCode: "Inviami un codice",
    codeHint: "Le invieremo un codice di 6 cifre per e-mail. Nessuna password.",
    codeTitle: "Inserisca il codice",
    codeHeading: "Controlli la sua e-mail",
    invalidCode: "Il codice non è corretto. Controlli l'ultima e-mail e riprovi.",
    codeVoid:
      "Questo codice non è più valido: è stato digitato male troppe volte o è scaduto. Ne chieda uno nuovo qui sotto.",
    tooManyCodes: "Sono stati chiesti troppi codici in poco tempo. Attenda qualche minuto e poi riprovi.",
    sentTo: "Abbiamo inviato un codice a",
    resentTo: "Abbiamo inviato un nuovo codice a",
    codeLabel: "Codice di 6 cifre",
    signIn: "Accedi",
    noEmail: "Nessuna e-mail?",
    resend: "Invia un nuovo codice",
  },
  pt: {
    signInTitle: "Entrar",
    signInHeading: "Entrar",
    invalidEmail: "Este endereço de e-mail não é válido.",
    emailLabel: "Endereço de e-mail",
    sendCode: "Enviar-me um código",
    codeHint: "Enviamos-lhe um código de 6 dígitos por e-mail. Sem palavra-passe.",
    codeTitle: "Introduza o código",
    codeHeading: "Consulte o seu e-mail",
    invalidCode: "Esse código não está certo. Veja o último e-mail e tente de novo.",
    codeVoid: "Este código já não funciona: foi escrito errado vezes demais ou expirou. Peça um novo abaixo.",
    tooManyCodes: "Foram pedidos códigos demais em pouco tempo. Aguarde alguns minutos e tente de novo.",
    sentTo: "Enviámos um código para",
    resentTo: "Enviámos um novo código para",
    codeLabel: "Código de 6 dígitos",
    signIn: "Entrar",
    noEmail: "Não recebeu?",
    resend: "Enviar um novo código",
  },
  ar: {
    signInTitle: "تسجيل الدخول",
    signInHeading: "تسجيل الدخول",
    invalidEmail: "عنوان البريد الإلكتروني هذا غير صالح.",
    emailLabel: "البريد الإلكتروني",
    sendCode: "أرسل لي رمزا",
    codeHint: "سنرسل إليك رمزا من 6 أرقام بالبريد الإلكتروني. لا حاجة لكلمة مرور.",
    codeTitle: "أدخل الرمز",
    codeHeading: "تحقق من بريدك الإلكتروني",
    invalidCode: "هذا الرمز غير صحيح. تحقق من آخر رسالة وحاول مرة أخرى.",
    codeVoid: "لم يعد هذا الرمز صالحًا: أُدخل خطأً مرات كثيرة أو انتهت صلاحيته. اطلب رمزًا جديدًا أدناه.",
    tooManyCodes: "طُلبت رموز كثيرة في وقت قصير. انتظر بضع دقائق ثم حاول مرة أخرى.",
    sentTo: "أرسلنا رمزا إلى",
    resentTo: "أرسلنا رمزا جديدا إلى",
    codeLabel: "رمز من 6 أرقام",
    signIn: "تسجيل الدخول",
    noEmail: "لم تصلك رسالة؟",
    resend: "أرسل رمزا جديدا",
  },
  uk: {
    signInTitle: "Вхід",
    signInHeading: "Вхід",
    invalidEmail: "Ця адреса електронної пошти недійсна.",
    emailLabel: "Електронна пошта",
    sendCode: "Надіслати мені код",
    codeHint: "Ми надішлемо вам 6-значний код електронною поштою. Пароль не потрібен.",
    codeTitle: "Введіть код",
    codeHeading: "Перевірте пошту",
    invalidCode: "Код неправильний. Перевірте останній лист і спробуйте ще раз.",
    codeVoid:
      "Цей код більше не діє: його забагато разів ввели неправильно або строк його дії минув. Попросіть новий нижче.",
    tooManyCodes: "Забагато кодів запитано за короткий час. Зачекайте кілька хвилин і спробуйте ще раз.",
    sentTo: "Ми надіслали код на",
    resentTo: "Ми надіслали новий код на",
    codeLabel: "6-значний код",
    signIn: "Увійти",
    noEmail: "Не отримали листа?",
    resend: "Надіслати новий код",
  },
};
