-- The breakdown is stored as written and read whole (the slip) or by `->` (the score text of the
-- run's list): json keeps the same document without PostgreSQL parsing every line into jsonb's
-- binary form, which took ~2 s of a 60,000-line run (issue 9). jsonb → json is an assignment cast.
-- AlterTable
ALTER TABLE "allowance_line" ALTER COLUMN "breakdown" SET DATA TYPE JSON;
