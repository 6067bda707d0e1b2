-- AlterEnum
ALTER TYPE "NotificationKind" ADD VALUE 'INSTRUCTION_DONE';

