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
  buddyIntroduction: "newcomer",
  buddyCheckIn: "newcomer",
  dealPartnerLink: "newcomer",
} as const;

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
};

export type TemplateName = keyof TemplateData;
