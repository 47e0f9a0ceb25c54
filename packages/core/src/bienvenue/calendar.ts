import { portalUrl } from "../config";

/** What a calendar file needs to know of an event; `title` etc. are per language. */
export type CalendarEvent = {
  eventId: string;
  title: Record<string, string>;
  description?: Record<string, string>;
  place?: string;
  onlineUrl?: string;
  startsAt: string;
  endsAt: string;
  sequence: number;
  status: "scheduled" | "cancelled";
};

/** Per-language text in the reader's language, else the first one written. */
export function inLanguage(texts: Record<string, string> | undefined, language: string): string {
  if (!texts) return "";
  return texts[language] ?? texts.fr ?? Object.values(texts)[0] ?? "";
}

export function eventLink(slug: string, eventId: string): string {
  return `${portalUrl(slug)}/bienvenue/events/${eventId}`;
}

/** Where the portal serves one event's calendar file (a path on the portal's own host). */
export function icsPath(eventId: string, language: string): string {
  return `/calendar/events/${eventId}.ics?lang=${language}`;
}

function details(slug: string, event: CalendarEvent, language: string) {
  const link = eventLink(slug, event.eventId);
  const description = inLanguage(event.description, language);
  return {
    title: inLanguage(event.title, language),
    link,
    where: event.place ?? event.onlineUrl ?? "",
    // The link back to the event is what Decidim's calendar entries lacked: always in DESCRIPTION.
    description: description ? `${description}\n\n${link}` : link,
  };
}

/**
 * The calendar file of events for one reader. The UID is the event's own, so a later file
 * (SEQUENCE raised) updates the entry; `cancel` makes a METHOD:CANCEL file that removes it.
 */
export async function calendarFile(
  slug: string,
  events: CalendarEvent[],
  options: { language: string; method: "publish" | "request" | "cancel"; name?: string },
): Promise<string> {
  const { default: ical, ICalCalendarMethod, ICalEventStatus } = await import("ical-generator");
  const method = {
    publish: ICalCalendarMethod.PUBLISH,
    request: ICalCalendarMethod.REQUEST,
    cancel: ICalCalendarMethod.CANCEL,
  }[options.method];
  const calendar = ical({ name: options.name, prodId: { company: "Escale", product: "Bienvenue" }, method });
  for (const event of events) {
    const { title, link, where, description } = details(slug, event, options.language);
    const cancelled = options.method === "cancel" || event.status === "cancelled";
    calendar.createEvent({
      id: `${event.eventId}@${slug}.escale`,
      sequence: event.sequence + (options.method === "cancel" ? 1 : 0),
      start: new Date(event.startsAt),
      end: new Date(event.endsAt),
      summary: title,
      description,
      location: where || undefined,
      url: link,
      status: cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}

const compact = (iso: string) => iso.replace(/[-:]/g, "").replace(/\.\d{3}/, "");

/** "Add to Google Calendar" and "Add to Outlook" links, for people who do not open .ics files. */
export function addToCalendarLinks(slug: string, event: CalendarEvent, language: string) {
  const { title, where, description } = details(slug, event, language);
  const google = new URL("https://calendar.google.com/calendar/render");
  google.search = new URLSearchParams({
    action: "TEMPLATE",
    text: title,
    dates: `${compact(event.startsAt)}/${compact(event.endsAt)}`,
    details: description,
    location: where,
  }).toString();
  const outlook = new URL("https://outlook.live.com/calendar/0/deeplink/compose");
  outlook.search = new URLSearchParams({
    path: "/calendar/action/compose",
    rru: "addevent",
    subject: title,
    startdt: event.startsAt,
    enddt: event.endsAt,
    body: description,
    location: where,
  }).toString();
  return { google: google.toString(), outlook: outlook.toString() };
}
