// Every record schema, imported statically so that the workflow bundle (no file system in Temporal's
// sandbox), the API and the tests read the same JSON. test/law/record-schemas.test.ts checks that
// this list and law/schemas/*.schema.json are the same.
import amendment from './schemas/amendment.schema.json';
import appeal from './schemas/appeal.schema.json';
import chargeDecision from './schemas/charge-decision.schema.json';
import checkDecision from './schemas/check-decision.schema.json';
import courtFirstDecision from './schemas/court-first-decision.schema.json';
import custodyExtensionDecision from './schemas/custody-extension-decision.schema.json';
import custodyExtensionMotion from './schemas/custody-extension-motion.schema.json';
import detentionProtocol from './schemas/detention-protocol.schema.json';
import detentionRecordToProsecutor from './schemas/detention-record-to-prosecutor.schema.json';
import entryIntoForce from './schemas/entry-into-force.schema.json';
import indictment from './schemas/indictment.schema.json';
import investigationExtensionDecision from './schemas/investigation-extension-decision.schema.json';
import measureDecision from './schemas/measure-decision.schema.json';
import measureMotion from './schemas/measure-motion.schema.json';
import notification from './schemas/notification.schema.json';
import participantAdded from './schemas/participant-added.schema.json';
import probationRegistration from './schemas/probation-registration.schema.json';
import probationReport from './schemas/probation-report.schema.json';
import prosecutorIndictmentDecision from './schemas/prosecutor-indictment-decision.schema.json';
import release from './schemas/release.schema.json';
import releaseOrder from './schemas/release-order.schema.json';
import reportRegistration from './schemas/report-registration.schema.json';
import resumption from './schemas/resumption.schema.json';
import suspension from './schemas/suspension.schema.json';
import verdict from './schemas/verdict.schema.json';

/** Record type -> its JSON Schema, as written in law/schemas. */
export const recordSchemaSources: Readonly<Record<string, Record<string, unknown>>> = {
  'amendment': amendment,
  'appeal': appeal,
  'charge-decision': chargeDecision,
  'check-decision': checkDecision,
  'court-first-decision': courtFirstDecision,
  'custody-extension-decision': custodyExtensionDecision,
  'custody-extension-motion': custodyExtensionMotion,
  'detention-protocol': detentionProtocol,
  'detention-record-to-prosecutor': detentionRecordToProsecutor,
  'entry-into-force': entryIntoForce,
  'indictment': indictment,
  'investigation-extension-decision': investigationExtensionDecision,
  'measure-decision': measureDecision,
  'measure-motion': measureMotion,
  'notification': notification,
  'participant-added': participantAdded,
  'probation-registration': probationRegistration,
  'probation-report': probationReport,
  'prosecutor-indictment-decision': prosecutorIndictmentDecision,
  'release': release,
  'release-order': releaseOrder,
  'report-registration': reportRegistration,
  'resumption': resumption,
  'suspension': suspension,
  'verdict': verdict,
};
