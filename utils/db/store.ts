// The evidence store's operations, by concern: cases, evidence items and their files, the audit log.
// Every write validates its record with zod and appends to the case's hash chain in the same transaction.
export * from './cases';
export * from './evidence';
export { auditLog, newestAudit, recordAudit } from './log';
