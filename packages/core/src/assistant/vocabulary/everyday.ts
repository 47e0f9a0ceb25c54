import type { Concept } from "../concepts";

/** Details of a question that narrow it down without naming its subject. */
export const everyday: Concept[] = [
  {
    id: "cost",
    weight: 0.5,
    fr: "prix|tarif|tarifs|coût|coûte|combien|payer|payant|gratuit|gratuite|gratuitement|cher|budget|=frais",
    en: "price|prices|cost|costs|how much|pay|fee|fees|free|expensive|cheap|budget",
    es: "precio|precios|tarifa|coste|costo|cuánto|cuesta|pagar|gratis|gratuito|caro|presupuesto",
    de: "preis|preise|*kosten*|kostet|wie viel|bezahlen|gebühr*|kostenlos|gratis|teuer|budget",
    it: "prezzo|prezzi|tariffa|costo|costa|quanto|pagare|gratis|gratuito|caro|budget",
    pt: "preço|preços|tarifa|custo|custa|quanto|pagar|grátis|gratuito|caro|orçamento",
    ar: "*سعر*|*اسعار*|*تكلف*|كم|*مجان*|*غالي*|*رسوم*|*يبلغ*",
    uk: "ціна|ціни|вартість|коштує|скільки|платити|безкоштовно|дорого|тариф",
  },
  {
    id: "schedule",
    weight: 0.5,
    fr: "horaires|horaire|heures d'ouverture|ouvert|ouverte|ouverts|quand|quel jour|quels jours|date|dates",
    en: "opening hours|opening times|open|timetable|schedule|when|what day|which day|what time",
    es: "horario|horarios|abierto|abierta|cuándo|qué día|a qué hora",
    de: "*öffnungszeit*|geöffnet|offen|wann|welcher tag|welchem tag|uhrzeit|*fahrplan*",
    it: "orari|orario|aperto|aperta|quando|che giorno|quale giorno|a che ora",
    pt: "horário|horários|aberto|aberta|quando|que dia|a que horas",
    ar: "*مواعيد*|*ساعات العمل*|*مفتوح*|متي|اي يوم",
    uk: "розклад|години роботи|відчинено|працює|коли|який день|о котрій",
  },
  {
    id: "weekday",
    implies: ["schedule"],
    weight: 0.5,
    fr: "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|week-end|weekend",
    en: "monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend",
    es: "lunes|martes|miércoles|jueves|viernes|sábado|domingo|fin de semana",
    de: "montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|wochenende",
    it: "lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|fine settimana|weekend",
    pt: "segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|sábado|domingo|fim de semana",
    ar: "*الاثنين*|*الثلاثاء*|*الاربعاء*|*الخميس*|*الجمعه*|*السبت*|*الاحد*|*عطله نهايه الاسبوع*",
    uk: "понеділок|вівторок|середа|четвер|пʼятниця|п'ятниця|субота|неділя|неділю|вихідні",
  },
  {
    id: "parent",
    weight: 0.5,
    fr: "mère|père|maman|papa|mes parents|beau-père|belle-mère|ma mère|mon père",
    en: "mother|father|mum|mom|dad|my parents|father-in-law|mother-in-law",
    es: "madre|padre|mamá|papá|mis padres|suegro|suegra",
    de: "mutter|vater|mama|papa|meine eltern|schwiegervater|schwiegermutter",
    it: "madre|padre|mamma|papà|i miei genitori|suocero|suocera",
    pt: "mãe|pai|os meus pais|sogro|sogra",
    ar: "امي|ابي|والدي|والدتي|*والدي*|*حماي*|*حماتي*",
    uk: "мама|мати|батько|тато|мої батьки|свекор|теща|тесть|свекруха",
  },
  {
    id: "rural",
    weight: 0.5,
    fr: "village|villages|campagne|bourg|hameau|commune rurale|milieu rural|isolées|petite commune",
    en: "village|countryside|rural|tiny village|small village|hamlet|remote",
    es: "pueblo|pueblo pequeño|aldea|campo|zona rural",
    de: "*dorf*|auf dem land|ländlich*|kleines dorf",
    it: "paese|paesino|campagna|frazione|borgo|zona rurale",
    pt: "aldeia|vila|campo|zona rural|interior",
    ar: "*قريه*|*الريف*|*ريفي*",
    uk: "село|селі|сільська місцевість|хутір|глибинка",
  },
];

/** Someone aged 65 or more ("ma mère a 84 ans"): what the words alone would miss. */
export const olderAge =
  /(?<!\d)(6[5-9]|[7-9]\d|10\d)\s*(ans|years?|años|jahre|anni|anos|سنه|سنة|عاما|عامًا|років|роки|рік)(?!\p{L})/iu;
