import type { Role } from "../../auth/roles";

/** Who reads each template: newcomer e-mails exist in every portal language, staff e-mails in fr and en. */
export const audiences = {
  signInCode: "newcomer",
  intakeConfirmation: "newcomer",
  newMessage: "newcomer",
  invitation: "staff",
  escalationDigest: "staff",
  newcomerWrote: "staff",
  teamChange: "staff",
  // Employers' people work in French or English, like staff.
  paymentFailed: "staff",
  employerColleague: "staff",
  // The recruit reads it in the language their employer chose among the territory's.
  recruitInvitation: "newcomer",
  buddyIntroduction: "newcomer",
  buddyCheckIn: "newcomer",
  dealPartnerLink: "newcomer",
  bienvenueOptIn: "newcomer",
  eventConfirmed: "newcomer",
  eventWaitlisted: "newcomer",
  eventOffered: "newcomer",
  eventCancelled: "newcomer",
  eventCalledOff: "newcomer",
  eventReminder: "newcomer",
  quarterlyLetter: "newcomer",
} as const;

/** What every event e-mail says of the event, already in the reader's language and time. */
type EventMention = { name: string; title: string; when: string; link: string };

export type TeamChange = "removed" | "roleChanged" | "ownershipTransferred" | "memberLeft";

/** What each template is given besides the brand and the language. */
export type TemplateData = {
  signInCode: { code: string };
  intakeConfirmation: { link: string };
  newMessage: { link: string };
  invitation: { inviter: string; role: Role; email: string; days: number; link: string; portal: string };
  escalationDigest: {
    cases: { name: string; dueAt: string; link: string; assignedToYou: boolean }[];
    link: string;
  };
  newcomerWrote: { name: string; link: string };
  teamChange: { change: TeamChange; by: string; member: string; role?: Role; link: string };
  paymentFailed: { employer: string; days: number; link: string };
  employerColleague: { inviter: string; employer: string; link: string };
  recruitInvitation: { recruit: string; employer: string; link: string };
  /** To one side of a new pair, about the other side. */
  buddyIntroduction: {
    reader: "newcomer" | "ambassador";
    name: string;
    email: string;
    languages: string[];
    availability?: string;
    link: string;
  };
  buddyCheckIn: { month: 1 | 3; name: string; link: string };
  dealPartnerLink: { partner: string; link: string };
  bienvenueOptIn: { name: string; link: string };
  eventConfirmed: EventMention & { where: string; seats: number; code: string; google: string; outlook: string };
  eventWaitlisted: EventMention;
  eventOffered: EventMention & { until: string };
  eventCancelled: EventMention;
  /** The whole event is cancelled by its organisers; the link goes to the events list. */
  eventCalledOff: EventMention;
  eventReminder: EventMention & { where: string; code: string };
  /** The editor's subject and sanitised HTML, and the reader's own unsubscribe link. */
  quarterlyLetter: { subject: string; html: string; unsubscribe: string };
};

export type TemplateName = keyof TemplateData;
