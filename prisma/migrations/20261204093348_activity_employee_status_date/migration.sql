-- CreateIndex
-- CONCURRENTLY: on a province's activity table (millions of rows) a plain CREATE INDEX would block
-- every activity submit until it is built. IF NOT EXISTS: an operator may have built it ahead.
CREATE INDEX CONCURRENTLY IF NOT EXISTS "activity_employeeId_status_date_idx" ON "activity"("employeeId", "status", "date");
