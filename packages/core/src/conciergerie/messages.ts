import type { Language } from "../tenant/languages";

type Confirmation = { subject: (territory: string) => string; body: (territory: string, link: string) => string };

/** The e-mail a newcomer gets after asking for help, in the language they chose. */
export const confirmation: Record<Language, Confirmation> = {
  fr: {
    subject: (t) => `${t} : nous avons bien reçu votre demande`,
    body: (t, link) =>
      `Bonjour,\n\nMerci ! La Conciergerie de ${t} a bien reçu votre demande. Un·e chargé·e d'accueil vous contactera très bientôt.\n\nSuivez votre demande et écrivez-nous ici (connexion par code envoyé à cette adresse) :\n${link}`,
  },
  en: {
    subject: (t) => `${t}: we have received your request`,
    body: (t, link) =>
      `Hello,\n\nThank you! ${t}'s Conciergerie has received your request. An advisor will contact you very soon.\n\nFollow your request and write to us here (sign in with a code sent to this address):\n${link}`,
  },
  es: {
    subject: (t) => `${t}: hemos recibido su solicitud`,
    body: (t, link) =>
      `Hola:\n\n¡Gracias! La Conciergerie de ${t} ha recibido su solicitud. Un asesor se pondrá en contacto con usted muy pronto.\n\nSiga su solicitud y escríbanos aquí (acceso con un código enviado a esta dirección):\n${link}`,
  },
  de: {
    subject: (t) => `${t}: Wir haben Ihre Anfrage erhalten`,
    body: (t, link) =>
      `Guten Tag,\n\nvielen Dank! Die Conciergerie von ${t} hat Ihre Anfrage erhalten. Eine Beraterin oder ein Berater meldet sich sehr bald bei Ihnen.\n\nVerfolgen Sie Ihre Anfrage und schreiben Sie uns hier (Anmeldung mit einem Code an diese Adresse):\n${link}`,
  },
  it: {
    subject: (t) => `${t}: abbiamo ricevuto la sua richiesta`,
    body: (t, link) =>
      `Buongiorno,\n\ngrazie! La Conciergerie di ${t} ha ricevuto la sua richiesta. Un consulente la contatterà molto presto.\n\nSegua la sua richiesta e ci scriva qui (accesso con un codice inviato a questo indirizzo):\n${link}`,
  },
  pt: {
    subject: (t) => `${t}: recebemos o seu pedido`,
    body: (t, link) =>
      `Olá,\n\nObrigado! A Conciergerie de ${t} recebeu o seu pedido. Um conselheiro vai contactá-lo muito em breve.\n\nAcompanhe o seu pedido e escreva-nos aqui (acesso com um código enviado para este endereço):\n${link}`,
  },
  ar: {
    subject: (t) => `${t}: لقد استلمنا طلبك`,
    body: (t, link) =>
      `مرحبا،\n\nشكرا لك! لقد استلمت خدمة الاستقبال في ${t} طلبك. سيتصل بك مستشار قريبا جدا.\n\nتابع طلبك وراسلنا هنا (الدخول برمز يرسل إلى هذا العنوان):\n${link}`,
  },
  uk: {
    subject: (t) => `${t}: ми отримали ваш запит`,
    body: (t, link) =>
      `Добрий день!\n\nДякуємо! Консьєрж-служба ${t} отримала ваш запит. Консультант зв'яжеться з вами найближчим часом.\n\nСтежте за запитом і пишіть нам тут (вхід за кодом, надісланим на цю адресу):\n${link}`,
  },
};

/** Tells a newcomer that their advisor wrote, without putting the message itself in the e-mail. */
export const newMessage: Record<Language, Confirmation> = {
  fr: {
    subject: (t) => `${t} : nouveau message de votre chargé·e d'accueil`,
    body: (_t, link) => `Bonjour,\n\nVous avez un nouveau message. Lisez-le et répondez ici :\n${link}`,
  },
  en: {
    subject: (t) => `${t}: a new message from your advisor`,
    body: (_t, link) => `Hello,\n\nYou have a new message. Read it and reply here:\n${link}`,
  },
  es: {
    subject: (t) => `${t}: nuevo mensaje de su asesor`,
    body: (_t, link) => `Hola:\n\nTiene un mensaje nuevo. Léalo y responda aquí:\n${link}`,
  },
  de: {
    subject: (t) => `${t}: neue Nachricht Ihrer Beratung`,
    body: (_t, link) => `Guten Tag,\n\nSie haben eine neue Nachricht. Lesen und antworten Sie hier:\n${link}`,
  },
  it: {
    subject: (t) => `${t}: nuovo messaggio dal suo consulente`,
    body: (_t, link) => `Buongiorno,\n\nha un nuovo messaggio. Lo legga e risponda qui:\n${link}`,
  },
  pt: {
    subject: (t) => `${t}: nova mensagem do seu conselheiro`,
    body: (_t, link) => `Olá,\n\nTem uma nova mensagem. Leia e responda aqui:\n${link}`,
  },
  ar: {
    subject: (t) => `${t}: رسالة جديدة من مستشارك`,
    body: (_t, link) => `مرحبا،\n\nلديك رسالة جديدة. اقرأها ورد عليها هنا:\n${link}`,
  },
  uk: {
    subject: (t) => `${t}: нове повідомлення від консультанта`,
    body: (_t, link) => `Добрий день!\n\nУ вас нове повідомлення. Прочитайте та дайте відповідь тут:\n${link}`,
  },
};
