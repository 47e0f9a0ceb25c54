import {
  Audit,
  Bulk,
  CaseFile,
  Channels,
  Erasure,
  Export,
  Funnel,
  Inbox,
  Search,
  Settings,
} from "@escale/core/conciergerie";
import { router, staffProcedure } from "./init";

/** The Conciergerie as its staff work it: inbox, case file, settings, channels, outcomes. */
export const conciergerieRouter = router({
  settings: staffProcedure.query(() => Settings.current()),
  updateSettings: staffProcedure.input(Settings.update.schema).mutation(({ input }) => Settings.update(input)),
  channels: staffProcedure.query(() => Channels.list()),
  createChannel: staffProcedure.input(Channels.create.schema).mutation(({ input }) => Channels.create(input)),
  channelQrCode: staffProcedure.input(Channels.qrCode.schema).query(({ input }) => Channels.qrCode(input)),
  inbox: staffProcedure.input(Inbox.list.schema).query(({ input }) => Inbox.list(input)),
  inboxCounts: staffProcedure.input(Inbox.counts.schema).query(({ input }) => Inbox.counts(input)),
  search: staffProcedure.input(Search.search.schema).query(({ input }) => Search.search(input)),
  bulkAssign: staffProcedure.input(Bulk.bulkAssign.schema).mutation(({ input }) => Bulk.bulkAssign(input)),
  bulkMove: staffProcedure.input(Bulk.bulkMove.schema).mutation(({ input }) => Bulk.bulkMove(input)),
  case: staffProcedure.input(CaseFile.open.schema).query(({ input }) => CaseFile.open(input)),
  assign: staffProcedure.input(CaseFile.assign.schema).mutation(({ input }) => CaseFile.assign(input)),
  move: staffProcedure.input(CaseFile.move.schema).mutation(({ input }) => CaseFile.move(input)),
  updateNeed: staffProcedure.input(CaseFile.updateNeed.schema).mutation(({ input }) => CaseFile.updateNeed(input)),
  addNote: staffProcedure.input(CaseFile.addNote.schema).mutation(({ input }) => CaseFile.addNote(input)),
  sendMessage: staffProcedure.input(CaseFile.sendMessage.schema).mutation(({ input }) => CaseFile.sendMessage(input)),
  addTask: staffProcedure.input(CaseFile.addTask.schema).mutation(({ input }) => CaseFile.addTask(input)),
  completeTask: staffProcedure
    .input(CaseFile.completeTask.schema)
    .mutation(({ input }) => CaseFile.completeTask(input)),
  myTasks: staffProcedure.input(CaseFile.myTasks.schema).query(({ input }) => CaseFile.myTasks(input)),
  funnel: staffProcedure.input(Funnel.dashboard.schema).query(({ input }) => Funnel.dashboard(input)),
  exportFunnel: staffProcedure.input(Export.csvOptions).query(({ input }) => Export.funnelCsv(input)),
  exportCases: staffProcedure.input(Export.csvOptions).query(({ input }) => Export.casesCsv(input)),
  erase: staffProcedure.input(Erasure.erase.schema).mutation(({ input }) => Erasure.erase(input)),
  reads: staffProcedure.input(Audit.reads.schema).query(({ input }) => Audit.reads(input)),
});
