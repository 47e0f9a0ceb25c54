export { dynamo, dynamoRequestCount } from "./client";
export { ensureTable } from "./create-table";
export { openCursor, sealCursor } from "./cursor";
export { assertCommitted, cancellationReasons, isConditionFailure, isOutage, unlessChanged } from "./errors";
export { ping } from "./health";
export { db, entities, platformEntities } from "./service";
export { tableShape } from "./table";
export { documents, type TransactItem, transact } from "./transact";
