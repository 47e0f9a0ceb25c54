import { Service } from "electrodb";
import { ConversationTurnEntity, KnowledgeGapEntity, RateCounterEntity } from "../assistant/entities";
import { IdentityEntity, InvitationRefEntity, MembershipRefEntity, SignInChallengeEntity } from "../auth/entities";
import { AmbassadorEntity, BuddyRequestEntity, PairEntity } from "../bienvenue/ambassadors/entities";
import { DealClaimEntity, DealCodeEntity, DealEntity, PartnerEntity } from "../bienvenue/deals/entities";
import {
  BienvenueSettingsEntity,
  EnroleeEntity,
  EnroleeEventEntity,
  EventEntity,
  LetterEntity,
  LetterSendEntity,
  RegistrationEntity,
  SeatOfferEntity,
} from "../bienvenue/entities";
import { BienvenueCounterEntity } from "../bienvenue/outcomes/entities";
import {
  LocalCheckoutEntity,
  StripeAccountClaimEntity,
  StripeAccountEntity,
  StripeEventEntity,
} from "../billing/entities";
import {
  CaseEntity,
  CaseEventEntity,
  CaseFinderEntity,
  CaseReadEntity,
  CaseTaskEntity,
  ChannelEntity,
  ConciergerieSettingsEntity,
  ErasureRecordEntity,
  FunnelCounterEntity,
  InboxCountEntity,
  NewcomerCaseEntity,
} from "../conciergerie/entities";
import { config } from "../config";
import {
  EmployerContactEntity,
  EmployerEntity,
  OfferEntity,
  ReferralAllowanceEntity,
  ReferralEntity,
} from "../employers/entities";
import { EmployerSettingsEntity, JobEntity, JobSlotEntity } from "../employers/jobs/entities";
import { KitItemEntity } from "../employers/kit/entities";
import { ArticleEntity, KnowledgeStateEntity } from "../knowledge/entities";
import { LimitCounterEntity } from "../limits/entities";
import { InvitationEntity, MembershipEntity, TeamEventEntity } from "../team/entities";
import { HostClaimEntity, SlugClaimEntity, TenantEntity } from "../tenant/entities";
import { TranslationDraftEntity } from "../translation/entities";
import { dynamo } from "./client";

export const entities = {
  tenant: TenantEntity,
  slugClaim: SlugClaimEntity,
  hostClaim: HostClaimEntity,
  identity: IdentityEntity,
  membershipRef: MembershipRefEntity,
  invitationRef: InvitationRefEntity,
  membership: MembershipEntity,
  invitation: InvitationEntity,
  teamEvent: TeamEventEntity,
  case: CaseEntity,
  caseEvent: CaseEventEntity,
  caseTask: CaseTaskEntity,
  newcomerCase: NewcomerCaseEntity,
  channel: ChannelEntity,
  conciergerieSettings: ConciergerieSettingsEntity,
  funnelCounter: FunnelCounterEntity,
  caseRead: CaseReadEntity,
  erasureRecord: ErasureRecordEntity,
  caseFinder: CaseFinderEntity,
  inboxCount: InboxCountEntity,
  article: ArticleEntity,
  knowledgeState: KnowledgeStateEntity,
  conversationTurn: ConversationTurnEntity,
  knowledgeGap: KnowledgeGapEntity,
  rateCounter: RateCounterEntity,
  dealPartner: PartnerEntity,
  deal: DealEntity,
  dealCode: DealCodeEntity,
  dealClaim: DealClaimEntity,
  bienvenueCounter: BienvenueCounterEntity,
  ambassador: AmbassadorEntity,
  buddyRequest: BuddyRequestEntity,
  buddyPair: PairEntity,
  stripeAccount: StripeAccountEntity,
  stripeAccountClaim: StripeAccountClaimEntity,
  stripeEvent: StripeEventEntity,
  localCheckout: LocalCheckoutEntity,
  employer: EmployerEntity,
  employerContact: EmployerContactEntity,
  offer: OfferEntity,
  referral: ReferralEntity,
  referralAllowance: ReferralAllowanceEntity,
  job: JobEntity,
  jobSlot: JobSlotEntity,
  employerSettings: EmployerSettingsEntity,
  kitItem: KitItemEntity,
  signInChallenge: SignInChallengeEntity,
  limitCounter: LimitCounterEntity,
  enrolee: EnroleeEntity,
  letterSend: LetterSendEntity,
  enroleeEvent: EnroleeEventEntity,
  letter: LetterEntity,
  bienvenueSettings: BienvenueSettingsEntity,
  event: EventEntity,
  registration: RegistrationEntity,
  seatOffer: SeatOfferEntity,
  translationDraft: TranslationDraftEntity,
};

/**
 * Entities whose keys live under platform partitions (`p#...`) rather than a tenant's:
 * the slug and host registry, the identities of people who sign in, and which tenant a Stripe
 * account is connected to (account events name no tenant). Every other entity's
 * keys begin with the tenant id, on the table and on every index (see service.test.ts).
 */
export const platformEntities = new Set<keyof typeof entities>([
  "slugClaim",
  "hostClaim",
  "identity",
  "membershipRef",
  "invitationRef",
  "stripeAccountClaim",
  "signInChallenge",
  "limitCounter",
]);

function build() {
  return new Service(entities, { client: dynamo(), table: config().table });
}

let cached: { key: string; service: ReturnType<typeof build> } | undefined;

/** The ElectroDB service bound to the configured table and endpoint. */
export function db() {
  const key = `${config().table} ${config().dynamoEndpoint}`;
  if (cached?.key !== key) cached = { key, service: build() };
  return cached.service;
}
