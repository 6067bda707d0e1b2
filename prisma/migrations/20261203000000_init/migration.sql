-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "OpdKind" AS ENUM ('SEKRETARIAT', 'INSPEKTORAT', 'DINAS', 'BADAN', 'RUMAH_SAKIT');

-- CreateEnum
CREATE TYPE "PositionKind" AS ENUM ('STRUKTURAL', 'FUNGSIONAL', 'PELAKSANA');

-- CreateEnum
CREATE TYPE "EmployeeStatus" AS ENUM ('PNS', 'CPNS', 'PPPK');

-- CreateEnum
CREATE TYPE "Gender" AS ENUM ('LAKI_LAKI', 'PEREMPUAN');

-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('SKP_SUBMITTED', 'SKP_APPROVED', 'SKP_RETURNED', 'REALISATION_SUBMITTED', 'REALISATION_VERIFIED', 'REALISATION_RETURNED', 'ACTIVITY_REJECTED', 'RATING_REQUESTED', 'INSTRUCTION_RECEIVED', 'ACTIVITY_REMINDER', 'PASSWORD_RESET', 'ACCOUNT_ACTIVATED', 'ANNOUNCEMENT');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('PEGAWAI', 'ADMIN_OPD', 'ADMIN_BKD');

-- CreateEnum
CREATE TYPE "AccountStatus" AS ENUM ('INACTIVE', 'ACTIVE', 'DEACTIVATED');

-- CreateEnum
CREATE TYPE "SkpStatus" AS ENUM ('DRAFT', 'DIAJUKAN', 'DISETUJUI', 'DIKEMBALIKAN');

-- CreateEnum
CREATE TYPE "RhkKind" AS ENUM ('UTAMA', 'TAMBAHAN');

-- CreateEnum
CREATE TYPE "IkiAspect" AS ENUM ('KUANTITAS', 'KUALITAS', 'WAKTU', 'BIAYA');

-- CreateEnum
CREATE TYPE "Polarity" AS ENUM ('MAKIN_TINGGI', 'MAKIN_RENDAH');

-- CreateEnum
CREATE TYPE "SkpReviewAction" AS ENUM ('SUBMIT', 'APPROVE', 'RETURN', 'REVISE', 'REASSIGN');

-- CreateEnum
CREATE TYPE "ActivityStatus" AS ENUM ('DRAFT', 'DIAJUKAN', 'DISETUJUI', 'DITOLAK');

-- CreateEnum
CREATE TYPE "InstructionRecipientStatus" AS ENUM ('PENDING', 'DONE');

-- CreateEnum
CREATE TYPE "RealisationStatus" AS ENUM ('DRAFT', 'DIAJUKAN', 'TERVERIFIKASI', 'DIKEMBALIKAN');

-- CreateEnum
CREATE TYPE "RealisationReviewAction" AS ENUM ('SUBMIT', 'VERIFY', 'RETURN', 'REASSIGN');

-- CreateEnum
CREATE TYPE "RaterRole" AS ENUM ('ATASAN', 'REKAN', 'BAWAHAN');

-- CreateEnum
CREATE TYPE "AttendanceStatus" AS ENUM ('HADIR', 'CUTI', 'SAKIT', 'DINAS_LUAR', 'WFH', 'TK');

-- CreateEnum
CREATE TYPE "RunStatus" AS ENUM ('DRAFT', 'FINAL');

-- CreateEnum
CREATE TYPE "EvaluationPeriod" AS ENUM ('TW1', 'TW2', 'TW3', 'TW4', 'TAHUNAN');

-- CreateEnum
CREATE TYPE "Expectation" AS ENUM ('DI_ATAS', 'SESUAI', 'DI_BAWAH');

-- CreateEnum
CREATE TYPE "Predikat" AS ENUM ('SANGAT_BAIK', 'BAIK', 'BUTUH_PERBAIKAN', 'KURANG', 'SANGAT_KURANG');

-- CreateEnum
CREATE TYPE "ImportKind" AS ENUM ('EMPLOYEES', 'ORG_TARGETS', 'ATTENDANCE', 'SANCTIONS');

-- CreateEnum
CREATE TYPE "JobStatus" AS ENUM ('PENDING', 'RUNNING', 'DONE', 'FAILED');

-- CreateTable
CREATE TABLE "opd" (
    "id" SERIAL NOT NULL,
    "code" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "shortName" TEXT NOT NULL,
    "kind" "OpdKind" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "opd_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "unit" (
    "id" SERIAL NOT NULL,
    "opdId" INTEGER NOT NULL,
    "parentId" INTEGER,
    "name" TEXT NOT NULL,
    "code" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "unit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "position" (
    "id" SERIAL NOT NULL,
    "opdId" INTEGER NOT NULL,
    "name" TEXT NOT NULL,
    "kelasJabatan" INTEGER NOT NULL,
    "kind" "PositionKind" NOT NULL,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "position_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "employee" (
    "id" SERIAL NOT NULL,
    "nip" CHAR(18) NOT NULL,
    "name" TEXT NOT NULL,
    "frontTitle" TEXT,
    "backTitle" TEXT,
    "golongan" TEXT NOT NULL,
    "status" "EmployeeStatus" NOT NULL,
    "birthDate" DATE NOT NULL,
    "gender" "Gender" NOT NULL,
    "opdId" INTEGER NOT NULL,
    "unitId" INTEGER NOT NULL,
    "positionId" INTEGER NOT NULL,
    "positionStartDate" DATE NOT NULL,
    "startDate" DATE NOT NULL,
    "endDate" DATE,
    "supervisorId" INTEGER,
    "email" TEXT,
    "phone" TEXT,
    "emailNotifications" "NotificationKind"[] DEFAULT ARRAY['SKP_SUBMITTED', 'SKP_APPROVED', 'SKP_RETURNED', 'REALISATION_SUBMITTED', 'REALISATION_VERIFIED', 'REALISATION_RETURNED', 'ACTIVITY_REJECTED', 'RATING_REQUESTED', 'INSTRUCTION_RECEIVED']::"NotificationKind"[],
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "employee_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user_account" (
    "id" SERIAL NOT NULL,
    "employeeId" INTEGER NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'PEGAWAI',
    "status" "AccountStatus" NOT NULL DEFAULT 'INACTIVE',
    "passwordHash" TEXT,
    "mustChangePassword" BOOLEAN NOT NULL DEFAULT true,
    "failedLoginCount" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMP(3),
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "passwordChangedAt" TIMESTAMP(3),
    "lastLoginAt" TIMESTAMP(3),
    "activatedAt" TIMESTAMP(3),
    "deactivatedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "user_account_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "login_attempt" (
    "id" SERIAL NOT NULL,
    "ip" TEXT NOT NULL,
    "nip" TEXT,
    "success" BOOLEAN NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "login_attempt_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "password_reset_token" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "usedAt" TIMESTAMP(3),
    "requestIp" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "password_reset_token_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "form_draft" (
    "id" SERIAL NOT NULL,
    "userId" INTEGER NOT NULL,
    "formKey" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "form_draft_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "period" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "lockAt" TIMESTAMP(3) NOT NULL,
    "lockedAt" TIMESTAMP(3),
    "lockedById" INTEGER,
    "reopenedAt" TIMESTAMP(3),
    "reopenedById" INTEGER,
    "reopenReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "period_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "holiday" (
    "id" SERIAL NOT NULL,
    "date" DATE NOT NULL,
    "description" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "holiday_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "working_hours" (
    "id" SERIAL NOT NULL,
    "validFrom" DATE NOT NULL,
    "weekday" INTEGER NOT NULL,
    "startMinute" INTEGER NOT NULL,
    "endMinute" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "working_hours_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "org_target" (
    "id" SERIAL NOT NULL,
    "opdId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "sasaranStrategis" TEXT NOT NULL,
    "indikator" TEXT NOT NULL,
    "target" DECIMAL(18,4) NOT NULL,
    "unit" TEXT NOT NULL,
    "importBatchId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "org_target_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "skp" (
    "id" SERIAL NOT NULL,
    "employeeId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "inForceVersionId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "skp_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "skp_version" (
    "id" SERIAL NOT NULL,
    "skpId" INTEGER NOT NULL,
    "number" INTEGER NOT NULL,
    "status" "SkpStatus" NOT NULL DEFAULT 'DRAFT',
    "approverEmployeeId" INTEGER,
    "basedOnVersionId" INTEGER,
    "submittedAt" TIMESTAMP(3),
    "approvedAt" TIMESTAMP(3),
    "returnedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "skp_version_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rhk" (
    "id" SERIAL NOT NULL,
    "skpVersionId" INTEGER NOT NULL,
    "kind" "RhkKind" NOT NULL,
    "position" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "parentRhkId" INTEGER,
    "orgTargetId" INTEGER,
    "copiedFromId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "rhk_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "iki" (
    "id" SERIAL NOT NULL,
    "rhkId" INTEGER NOT NULL,
    "position" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "aspect" "IkiAspect" NOT NULL,
    "unit" TEXT NOT NULL,
    "polarity" "Polarity" NOT NULL DEFAULT 'MAKIN_TINGGI',
    "evidenceExpected" TEXT,
    "copiedFromId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "iki_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "iki_target" (
    "id" SERIAL NOT NULL,
    "ikiId" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "target" DECIMAL(18,4) NOT NULL,

    CONSTRAINT "iki_target_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "skp_review" (
    "id" SERIAL NOT NULL,
    "skpVersionId" INTEGER NOT NULL,
    "actorUserId" INTEGER NOT NULL,
    "action" "SkpReviewAction" NOT NULL,
    "fromStatus" "SkpStatus",
    "toStatus" "SkpStatus" NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "skp_review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "activity" (
    "id" SERIAL NOT NULL,
    "employeeId" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "startMinute" INTEGER NOT NULL,
    "endMinute" INTEGER NOT NULL,
    "rhkId" INTEGER,
    "instructionId" INTEGER,
    "description" TEXT NOT NULL,
    "outputQuantity" DECIMAL(18,4) NOT NULL,
    "outputUnit" TEXT NOT NULL,
    "status" "ActivityStatus" NOT NULL DEFAULT 'DRAFT',
    "rejectReason" TEXT,
    "reviewedByEmployeeId" INTEGER,
    "reviewedAt" TIMESTAMP(3),
    "submittedAt" TIMESTAMP(3),
    "clientRequestId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "activity_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "instruction" (
    "id" SERIAL NOT NULL,
    "issuerEmployeeId" INTEGER NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL,
    "deadline" TIMESTAMP(3) NOT NULL,
    "targetUnitId" INTEGER,
    "cancelledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "instruction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "instruction_recipient" (
    "id" SERIAL NOT NULL,
    "instructionId" INTEGER NOT NULL,
    "employeeId" INTEGER NOT NULL,
    "status" "InstructionRecipientStatus" NOT NULL DEFAULT 'PENDING',
    "doneAt" TIMESTAMP(3),
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "instruction_recipient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "evidence_file" (
    "id" SERIAL NOT NULL,
    "ownerEmployeeId" INTEGER NOT NULL,
    "storageKey" TEXT NOT NULL,
    "originalName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "originalSizeBytes" INTEGER,
    "sha256" CHAR(64) NOT NULL,
    "activityId" INTEGER,
    "realisationId" INTEGER,
    "instructionRecipientId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "evidence_file_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "iki_realisation" (
    "id" SERIAL NOT NULL,
    "ikiId" INTEGER NOT NULL,
    "employeeId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "value" DECIMAL(18,4) NOT NULL,
    "note" TEXT,
    "status" "RealisationStatus" NOT NULL DEFAULT 'DRAFT',
    "reviewerEmployeeId" INTEGER,
    "reviewNote" TEXT,
    "submittedAt" TIMESTAMP(3),
    "verifiedAt" TIMESTAMP(3),
    "returnedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "iki_realisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "realisation_review" (
    "id" SERIAL NOT NULL,
    "realisationId" INTEGER NOT NULL,
    "actorUserId" INTEGER NOT NULL,
    "action" "RealisationReviewAction" NOT NULL,
    "fromStatus" "RealisationStatus",
    "toStatus" "RealisationStatus" NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "realisation_review_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rater_assignment" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "raterEmployeeId" INTEGER NOT NULL,
    "rateeEmployeeId" INTEGER NOT NULL,
    "role" "RaterRole" NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rater_assignment_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "behaviour_rating" (
    "id" SERIAL NOT NULL,
    "assignmentId" INTEGER NOT NULL,
    "berorientasiPelayanan" INTEGER NOT NULL,
    "akuntabel" INTEGER NOT NULL,
    "kompeten" INTEGER NOT NULL,
    "harmonis" INTEGER NOT NULL,
    "loyal" INTEGER NOT NULL,
    "adaptif" INTEGER NOT NULL,
    "kolaboratif" INTEGER NOT NULL,
    "comment" TEXT,
    "submittedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "behaviour_rating_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "attendance_day" (
    "id" SERIAL NOT NULL,
    "employeeId" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "checkInMinute" INTEGER,
    "checkOutMinute" INTEGER,
    "status" "AttendanceStatus" NOT NULL,
    "importBatchId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "attendance_day_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sanction" (
    "id" SERIAL NOT NULL,
    "employeeId" INTEGER NOT NULL,
    "kind" TEXT NOT NULL,
    "percentBp" INTEGER NOT NULL,
    "startYear" INTEGER NOT NULL,
    "startMonth" INTEGER NOT NULL,
    "months" INTEGER NOT NULL,
    "reference" TEXT,
    "importBatchId" INTEGER,
    "createdByUserId" INTEGER,
    "cancelledAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "sanction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "remuneration_policy" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "version" INTEGER NOT NULL,
    "config" JSONB NOT NULL,
    "note" TEXT,
    "createdByUserId" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "remuneration_policy_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "allowance_run" (
    "id" SERIAL NOT NULL,
    "year" INTEGER NOT NULL,
    "month" INTEGER NOT NULL,
    "opdId" INTEGER,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "status" "RunStatus" NOT NULL DEFAULT 'DRAFT',
    "policyId" INTEGER NOT NULL,
    "supersedesRunId" INTEGER,
    "createdByUserId" INTEGER NOT NULL,
    "finalisedByUserId" INTEGER,
    "finalisedAt" TIMESTAMP(3),
    "progressDone" INTEGER NOT NULL DEFAULT 0,
    "progressTotal" INTEGER NOT NULL DEFAULT 0,
    "totalGross" BIGINT NOT NULL DEFAULT 0,
    "totalTax" BIGINT NOT NULL DEFAULT 0,
    "totalNet" BIGINT NOT NULL DEFAULT 0,
    "computedAt" TIMESTAMP(3),
    "error" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "allowance_run_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "allowance_line" (
    "id" SERIAL NOT NULL,
    "runId" INTEGER NOT NULL,
    "employeeId" INTEGER NOT NULL,
    "opdId" INTEGER NOT NULL,
    "kelasJabatan" INTEGER NOT NULL,
    "golongan" TEXT NOT NULL,
    "employeeStatus" "EmployeeStatus" NOT NULL,
    "score" DECIMAL(12,6) NOT NULL,
    "disciplineDeductionBp" INTEGER NOT NULL DEFAULT 0,
    "base" INTEGER NOT NULL,
    "kinerja" INTEGER NOT NULL,
    "disiplin" INTEGER NOT NULL,
    "sanctionCut" INTEGER NOT NULL,
    "gross" INTEGER NOT NULL,
    "tax" INTEGER NOT NULL,
    "net" INTEGER NOT NULL,
    "breakdown" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "allowance_line_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "predikat_evaluation" (
    "id" SERIAL NOT NULL,
    "employeeId" INTEGER NOT NULL,
    "year" INTEGER NOT NULL,
    "period" "EvaluationPeriod" NOT NULL,
    "proposedHasil" "Expectation",
    "proposedPerilaku" "Expectation",
    "hasil" "Expectation" NOT NULL,
    "perilaku" "Expectation" NOT NULL,
    "predikat" "Predikat" NOT NULL,
    "note" TEXT,
    "evaluatorEmployeeId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "predikat_evaluation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification" (
    "id" SERIAL NOT NULL,
    "employeeId" INTEGER NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "link" TEXT,
    "readAt" TIMESTAMP(3),
    "emailedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "announcement" (
    "id" SERIAL NOT NULL,
    "opdId" INTEGER,
    "title" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "validFrom" DATE NOT NULL,
    "validUntil" DATE NOT NULL,
    "createdByUserId" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "announcement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "import_batch" (
    "id" SERIAL NOT NULL,
    "kind" "ImportKind" NOT NULL,
    "fileName" TEXT NOT NULL,
    "sha256" CHAR(64) NOT NULL,
    "actorUserId" INTEGER,
    "validRowsOnly" BOOLEAN NOT NULL DEFAULT false,
    "createdCount" INTEGER NOT NULL DEFAULT 0,
    "updatedCount" INTEGER NOT NULL DEFAULT 0,
    "unchangedCount" INTEGER NOT NULL DEFAULT 0,
    "errorCount" INTEGER NOT NULL DEFAULT 0,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "import_batch_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "job" (
    "id" SERIAL NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "JobStatus" NOT NULL DEFAULT 'PENDING',
    "runAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "maxAttempts" INTEGER NOT NULL DEFAULT 5,
    "lockedAt" TIMESTAMP(3),
    "lockedBy" TEXT,
    "lastError" TEXT,
    "dedupeKey" TEXT,
    "finishedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "job_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" BIGSERIAL NOT NULL,
    "actorUserId" INTEGER,
    "actorNip" CHAR(18),
    "action" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT,
    "before" JSONB,
    "after" JSONB,
    "ip" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "opd_code_key" ON "opd"("code");

-- CreateIndex
CREATE INDEX "unit_opdId_name_idx" ON "unit"("opdId", "name");

-- CreateIndex
CREATE INDEX "unit_parentId_idx" ON "unit"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "unit_opdId_code_key" ON "unit"("opdId", "code");

-- CreateIndex
CREATE UNIQUE INDEX "position_opdId_name_key" ON "position"("opdId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "employee_nip_key" ON "employee"("nip");

-- CreateIndex
CREATE INDEX "employee_opdId_name_idx" ON "employee"("opdId", "name");

-- CreateIndex
CREATE INDEX "employee_unitId_idx" ON "employee"("unitId");

-- CreateIndex
CREATE INDEX "employee_positionId_idx" ON "employee"("positionId");

-- CreateIndex
CREATE INDEX "employee_supervisorId_idx" ON "employee"("supervisorId");

-- CreateIndex
CREATE INDEX "employee_email_idx" ON "employee"("email");

-- CreateIndex
CREATE UNIQUE INDEX "user_account_employeeId_key" ON "user_account"("employeeId");

-- CreateIndex
CREATE INDEX "user_account_role_idx" ON "user_account"("role");

-- CreateIndex
CREATE INDEX "user_account_status_idx" ON "user_account"("status");

-- CreateIndex
CREATE INDEX "login_attempt_ip_createdAt_idx" ON "login_attempt"("ip", "createdAt");

-- CreateIndex
CREATE INDEX "login_attempt_nip_createdAt_idx" ON "login_attempt"("nip", "createdAt");

-- CreateIndex
CREATE INDEX "login_attempt_createdAt_idx" ON "login_attempt"("createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "password_reset_token_tokenHash_key" ON "password_reset_token"("tokenHash");

-- CreateIndex
CREATE INDEX "password_reset_token_userId_createdAt_idx" ON "password_reset_token"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "form_draft_userId_formKey_key" ON "form_draft"("userId", "formKey");

-- CreateIndex
CREATE UNIQUE INDEX "period_year_month_key" ON "period"("year", "month");

-- CreateIndex
CREATE UNIQUE INDEX "holiday_date_key" ON "holiday"("date");

-- CreateIndex
CREATE UNIQUE INDEX "working_hours_validFrom_weekday_key" ON "working_hours"("validFrom", "weekday");

-- CreateIndex
CREATE INDEX "org_target_year_idx" ON "org_target"("year");

-- CreateIndex
CREATE UNIQUE INDEX "org_target_opdId_year_sasaranStrategis_indikator_key" ON "org_target"("opdId", "year", "sasaranStrategis", "indikator");

-- CreateIndex
CREATE UNIQUE INDEX "skp_inForceVersionId_key" ON "skp"("inForceVersionId");

-- CreateIndex
CREATE INDEX "skp_year_idx" ON "skp"("year");

-- CreateIndex
CREATE UNIQUE INDEX "skp_employeeId_year_key" ON "skp"("employeeId", "year");

-- CreateIndex
CREATE INDEX "skp_version_approverEmployeeId_status_idx" ON "skp_version"("approverEmployeeId", "status");

-- CreateIndex
CREATE INDEX "skp_version_status_idx" ON "skp_version"("status");

-- CreateIndex
CREATE UNIQUE INDEX "skp_version_skpId_number_key" ON "skp_version"("skpId", "number");

-- CreateIndex
CREATE INDEX "rhk_skpVersionId_position_idx" ON "rhk"("skpVersionId", "position");

-- CreateIndex
CREATE INDEX "rhk_parentRhkId_idx" ON "rhk"("parentRhkId");

-- CreateIndex
CREATE INDEX "rhk_orgTargetId_idx" ON "rhk"("orgTargetId");

-- CreateIndex
CREATE INDEX "rhk_copiedFromId_idx" ON "rhk"("copiedFromId");

-- CreateIndex
CREATE INDEX "iki_rhkId_position_idx" ON "iki"("rhkId", "position");

-- CreateIndex
CREATE INDEX "iki_copiedFromId_idx" ON "iki"("copiedFromId");

-- CreateIndex
CREATE UNIQUE INDEX "iki_target_ikiId_month_key" ON "iki_target"("ikiId", "month");

-- CreateIndex
CREATE INDEX "skp_review_skpVersionId_createdAt_idx" ON "skp_review"("skpVersionId", "createdAt");

-- CreateIndex
CREATE INDEX "skp_review_actorUserId_idx" ON "skp_review"("actorUserId");

-- CreateIndex
CREATE INDEX "activity_employeeId_date_idx" ON "activity"("employeeId", "date");

-- CreateIndex
CREATE INDEX "activity_status_date_idx" ON "activity"("status", "date");

-- CreateIndex
CREATE INDEX "activity_rhkId_idx" ON "activity"("rhkId");

-- CreateIndex
CREATE INDEX "activity_instructionId_idx" ON "activity"("instructionId");

-- CreateIndex
CREATE UNIQUE INDEX "activity_employeeId_clientRequestId_key" ON "activity"("employeeId", "clientRequestId");

-- CreateIndex
CREATE INDEX "instruction_issuerEmployeeId_createdAt_idx" ON "instruction"("issuerEmployeeId", "createdAt");

-- CreateIndex
CREATE INDEX "instruction_deadline_idx" ON "instruction"("deadline");

-- CreateIndex
CREATE INDEX "instruction_recipient_employeeId_status_idx" ON "instruction_recipient"("employeeId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "instruction_recipient_instructionId_employeeId_key" ON "instruction_recipient"("instructionId", "employeeId");

-- CreateIndex
CREATE UNIQUE INDEX "evidence_file_storageKey_key" ON "evidence_file"("storageKey");

-- CreateIndex
CREATE INDEX "evidence_file_ownerEmployeeId_createdAt_idx" ON "evidence_file"("ownerEmployeeId", "createdAt");

-- CreateIndex
CREATE INDEX "evidence_file_activityId_idx" ON "evidence_file"("activityId");

-- CreateIndex
CREATE INDEX "evidence_file_realisationId_idx" ON "evidence_file"("realisationId");

-- CreateIndex
CREATE INDEX "evidence_file_instructionRecipientId_idx" ON "evidence_file"("instructionRecipientId");

-- CreateIndex
CREATE INDEX "iki_realisation_employeeId_year_month_idx" ON "iki_realisation"("employeeId", "year", "month");

-- CreateIndex
CREATE INDEX "iki_realisation_reviewerEmployeeId_status_idx" ON "iki_realisation"("reviewerEmployeeId", "status");

-- CreateIndex
CREATE INDEX "iki_realisation_status_year_month_idx" ON "iki_realisation"("status", "year", "month");

-- CreateIndex
CREATE UNIQUE INDEX "iki_realisation_ikiId_month_key" ON "iki_realisation"("ikiId", "month");

-- CreateIndex
CREATE INDEX "realisation_review_realisationId_createdAt_idx" ON "realisation_review"("realisationId", "createdAt");

-- CreateIndex
CREATE INDEX "realisation_review_actorUserId_idx" ON "realisation_review"("actorUserId");

-- CreateIndex
CREATE INDEX "rater_assignment_rateeEmployeeId_year_month_idx" ON "rater_assignment"("rateeEmployeeId", "year", "month");

-- CreateIndex
CREATE INDEX "rater_assignment_raterEmployeeId_year_month_idx" ON "rater_assignment"("raterEmployeeId", "year", "month");

-- CreateIndex
CREATE UNIQUE INDEX "rater_assignment_year_month_raterEmployeeId_rateeEmployeeId_key" ON "rater_assignment"("year", "month", "raterEmployeeId", "rateeEmployeeId");

-- CreateIndex
CREATE UNIQUE INDEX "behaviour_rating_assignmentId_key" ON "behaviour_rating"("assignmentId");

-- CreateIndex
CREATE INDEX "attendance_day_date_idx" ON "attendance_day"("date");

-- CreateIndex
CREATE INDEX "attendance_day_importBatchId_idx" ON "attendance_day"("importBatchId");

-- CreateIndex
CREATE UNIQUE INDEX "attendance_day_employeeId_date_key" ON "attendance_day"("employeeId", "date");

-- CreateIndex
CREATE INDEX "sanction_startYear_startMonth_idx" ON "sanction"("startYear", "startMonth");

-- CreateIndex
CREATE UNIQUE INDEX "sanction_employeeId_kind_startYear_startMonth_key" ON "sanction"("employeeId", "kind", "startYear", "startMonth");

-- CreateIndex
CREATE UNIQUE INDEX "remuneration_policy_year_version_key" ON "remuneration_policy"("year", "version");

-- CreateIndex
CREATE INDEX "allowance_run_year_month_status_idx" ON "allowance_run"("year", "month", "status");

-- CreateIndex
CREATE INDEX "allowance_run_opdId_idx" ON "allowance_run"("opdId");

-- CreateIndex
CREATE UNIQUE INDEX "allowance_run_year_month_opdId_revision_key" ON "allowance_run"("year", "month", "opdId", "revision");

-- CreateIndex
CREATE INDEX "allowance_line_runId_opdId_idx" ON "allowance_line"("runId", "opdId");

-- CreateIndex
CREATE INDEX "allowance_line_employeeId_idx" ON "allowance_line"("employeeId");

-- CreateIndex
CREATE UNIQUE INDEX "allowance_line_runId_employeeId_key" ON "allowance_line"("runId", "employeeId");

-- CreateIndex
CREATE INDEX "predikat_evaluation_evaluatorEmployeeId_year_idx" ON "predikat_evaluation"("evaluatorEmployeeId", "year");

-- CreateIndex
CREATE UNIQUE INDEX "predikat_evaluation_employeeId_year_period_key" ON "predikat_evaluation"("employeeId", "year", "period");

-- CreateIndex
CREATE INDEX "notification_employeeId_readAt_createdAt_idx" ON "notification"("employeeId", "readAt", "createdAt");

-- CreateIndex
CREATE INDEX "announcement_opdId_validUntil_idx" ON "announcement"("opdId", "validUntil");

-- CreateIndex
CREATE INDEX "announcement_validUntil_idx" ON "announcement"("validUntil");

-- CreateIndex
CREATE INDEX "import_batch_kind_createdAt_idx" ON "import_batch"("kind", "createdAt");

-- CreateIndex
CREATE INDEX "import_batch_sha256_idx" ON "import_batch"("sha256");

-- CreateIndex
CREATE UNIQUE INDEX "job_dedupeKey_key" ON "job"("dedupeKey");

-- CreateIndex
CREATE INDEX "job_status_runAt_idx" ON "job"("status", "runAt");

-- CreateIndex
CREATE INDEX "job_kind_status_idx" ON "job"("kind", "status");

-- CreateIndex
CREATE INDEX "audit_log_createdAt_idx" ON "audit_log"("createdAt");

-- CreateIndex
CREATE INDEX "audit_log_targetType_targetId_idx" ON "audit_log"("targetType", "targetId");

-- CreateIndex
CREATE INDEX "audit_log_actorUserId_idx" ON "audit_log"("actorUserId");

-- AddForeignKey
ALTER TABLE "unit" ADD CONSTRAINT "unit_opdId_fkey" FOREIGN KEY ("opdId") REFERENCES "opd"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "unit" ADD CONSTRAINT "unit_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "position" ADD CONSTRAINT "position_opdId_fkey" FOREIGN KEY ("opdId") REFERENCES "opd"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "employee" ADD CONSTRAINT "employee_opdId_fkey" FOREIGN KEY ("opdId") REFERENCES "opd"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "employee" ADD CONSTRAINT "employee_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "employee" ADD CONSTRAINT "employee_positionId_fkey" FOREIGN KEY ("positionId") REFERENCES "position"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "employee" ADD CONSTRAINT "employee_supervisorId_fkey" FOREIGN KEY ("supervisorId") REFERENCES "employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_account" ADD CONSTRAINT "user_account_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "password_reset_token" ADD CONSTRAINT "password_reset_token_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "form_draft" ADD CONSTRAINT "form_draft_userId_fkey" FOREIGN KEY ("userId") REFERENCES "user_account"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "period" ADD CONSTRAINT "period_lockedById_fkey" FOREIGN KEY ("lockedById") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "period" ADD CONSTRAINT "period_reopenedById_fkey" FOREIGN KEY ("reopenedById") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "org_target" ADD CONSTRAINT "org_target_opdId_fkey" FOREIGN KEY ("opdId") REFERENCES "opd"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "org_target" ADD CONSTRAINT "org_target_importBatchId_fkey" FOREIGN KEY ("importBatchId") REFERENCES "import_batch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "skp" ADD CONSTRAINT "skp_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "skp" ADD CONSTRAINT "skp_inForceVersionId_fkey" FOREIGN KEY ("inForceVersionId") REFERENCES "skp_version"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "skp_version" ADD CONSTRAINT "skp_version_skpId_fkey" FOREIGN KEY ("skpId") REFERENCES "skp"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "skp_version" ADD CONSTRAINT "skp_version_approverEmployeeId_fkey" FOREIGN KEY ("approverEmployeeId") REFERENCES "employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "skp_version" ADD CONSTRAINT "skp_version_basedOnVersionId_fkey" FOREIGN KEY ("basedOnVersionId") REFERENCES "skp_version"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rhk" ADD CONSTRAINT "rhk_skpVersionId_fkey" FOREIGN KEY ("skpVersionId") REFERENCES "skp_version"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rhk" ADD CONSTRAINT "rhk_parentRhkId_fkey" FOREIGN KEY ("parentRhkId") REFERENCES "rhk"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rhk" ADD CONSTRAINT "rhk_orgTargetId_fkey" FOREIGN KEY ("orgTargetId") REFERENCES "org_target"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rhk" ADD CONSTRAINT "rhk_copiedFromId_fkey" FOREIGN KEY ("copiedFromId") REFERENCES "rhk"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "iki" ADD CONSTRAINT "iki_rhkId_fkey" FOREIGN KEY ("rhkId") REFERENCES "rhk"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "iki" ADD CONSTRAINT "iki_copiedFromId_fkey" FOREIGN KEY ("copiedFromId") REFERENCES "iki"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "iki_target" ADD CONSTRAINT "iki_target_ikiId_fkey" FOREIGN KEY ("ikiId") REFERENCES "iki"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "skp_review" ADD CONSTRAINT "skp_review_skpVersionId_fkey" FOREIGN KEY ("skpVersionId") REFERENCES "skp_version"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "skp_review" ADD CONSTRAINT "skp_review_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity" ADD CONSTRAINT "activity_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity" ADD CONSTRAINT "activity_rhkId_fkey" FOREIGN KEY ("rhkId") REFERENCES "rhk"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity" ADD CONSTRAINT "activity_instructionId_fkey" FOREIGN KEY ("instructionId") REFERENCES "instruction"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "activity" ADD CONSTRAINT "activity_reviewedByEmployeeId_fkey" FOREIGN KEY ("reviewedByEmployeeId") REFERENCES "employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "instruction" ADD CONSTRAINT "instruction_issuerEmployeeId_fkey" FOREIGN KEY ("issuerEmployeeId") REFERENCES "employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "instruction" ADD CONSTRAINT "instruction_targetUnitId_fkey" FOREIGN KEY ("targetUnitId") REFERENCES "unit"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "instruction_recipient" ADD CONSTRAINT "instruction_recipient_instructionId_fkey" FOREIGN KEY ("instructionId") REFERENCES "instruction"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "instruction_recipient" ADD CONSTRAINT "instruction_recipient_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_file" ADD CONSTRAINT "evidence_file_ownerEmployeeId_fkey" FOREIGN KEY ("ownerEmployeeId") REFERENCES "employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_file" ADD CONSTRAINT "evidence_file_activityId_fkey" FOREIGN KEY ("activityId") REFERENCES "activity"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_file" ADD CONSTRAINT "evidence_file_realisationId_fkey" FOREIGN KEY ("realisationId") REFERENCES "iki_realisation"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "evidence_file" ADD CONSTRAINT "evidence_file_instructionRecipientId_fkey" FOREIGN KEY ("instructionRecipientId") REFERENCES "instruction_recipient"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "iki_realisation" ADD CONSTRAINT "iki_realisation_ikiId_fkey" FOREIGN KEY ("ikiId") REFERENCES "iki"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "iki_realisation" ADD CONSTRAINT "iki_realisation_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "iki_realisation" ADD CONSTRAINT "iki_realisation_reviewerEmployeeId_fkey" FOREIGN KEY ("reviewerEmployeeId") REFERENCES "employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "realisation_review" ADD CONSTRAINT "realisation_review_realisationId_fkey" FOREIGN KEY ("realisationId") REFERENCES "iki_realisation"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "realisation_review" ADD CONSTRAINT "realisation_review_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rater_assignment" ADD CONSTRAINT "rater_assignment_raterEmployeeId_fkey" FOREIGN KEY ("raterEmployeeId") REFERENCES "employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rater_assignment" ADD CONSTRAINT "rater_assignment_rateeEmployeeId_fkey" FOREIGN KEY ("rateeEmployeeId") REFERENCES "employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "behaviour_rating" ADD CONSTRAINT "behaviour_rating_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "rater_assignment"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attendance_day" ADD CONSTRAINT "attendance_day_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "attendance_day" ADD CONSTRAINT "attendance_day_importBatchId_fkey" FOREIGN KEY ("importBatchId") REFERENCES "import_batch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sanction" ADD CONSTRAINT "sanction_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sanction" ADD CONSTRAINT "sanction_importBatchId_fkey" FOREIGN KEY ("importBatchId") REFERENCES "import_batch"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sanction" ADD CONSTRAINT "sanction_createdByUserId_fkey" FOREIGN KEY ("createdByUserId") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "remuneration_policy" ADD CONSTRAINT "remuneration_policy_createdByUserId_fkey" FOREIGN KEY ("createdByUserId") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "allowance_run" ADD CONSTRAINT "allowance_run_opdId_fkey" FOREIGN KEY ("opdId") REFERENCES "opd"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "allowance_run" ADD CONSTRAINT "allowance_run_policyId_fkey" FOREIGN KEY ("policyId") REFERENCES "remuneration_policy"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "allowance_run" ADD CONSTRAINT "allowance_run_supersedesRunId_fkey" FOREIGN KEY ("supersedesRunId") REFERENCES "allowance_run"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "allowance_run" ADD CONSTRAINT "allowance_run_createdByUserId_fkey" FOREIGN KEY ("createdByUserId") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "allowance_run" ADD CONSTRAINT "allowance_run_finalisedByUserId_fkey" FOREIGN KEY ("finalisedByUserId") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "allowance_line" ADD CONSTRAINT "allowance_line_runId_fkey" FOREIGN KEY ("runId") REFERENCES "allowance_run"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "allowance_line" ADD CONSTRAINT "allowance_line_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "allowance_line" ADD CONSTRAINT "allowance_line_opdId_fkey" FOREIGN KEY ("opdId") REFERENCES "opd"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "predikat_evaluation" ADD CONSTRAINT "predikat_evaluation_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "predikat_evaluation" ADD CONSTRAINT "predikat_evaluation_evaluatorEmployeeId_fkey" FOREIGN KEY ("evaluatorEmployeeId") REFERENCES "employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification" ADD CONSTRAINT "notification_employeeId_fkey" FOREIGN KEY ("employeeId") REFERENCES "employee"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "announcement" ADD CONSTRAINT "announcement_opdId_fkey" FOREIGN KEY ("opdId") REFERENCES "opd"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "announcement" ADD CONSTRAINT "announcement_createdByUserId_fkey" FOREIGN KEY ("createdByUserId") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "import_batch" ADD CONSTRAINT "import_batch_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actorUserId_fkey" FOREIGN KEY ("actorUserId") REFERENCES "user_account"("id") ON DELETE RESTRICT ON UPDATE CASCADE;



-- ─────────────────────────────────────────────────────────────────────────────
-- Hand-written below this line: what schema.prisma cannot express. Keep it when regenerating.
-- NO SEMICOLON ANYWHERE EXCEPT AT THE END OF A STATEMENT, not even in a comment or a function
-- body: @prisma/adapter-pg (used by prisma.config.ts) runs a migration by splitting it at every
-- semicolon. Function bodies are therefore E-strings with the octal escape \073 for it.
-- ─────────────────────────────────────────────────────────────────────────────

-- At most one version per SKP that is not approved (DRAFT, DIAJUKAN or DIKEMBALIKAN): a revision
-- is drafted next to the version in force, never two drafts at once (DESIGN.md §4).
CREATE UNIQUE INDEX "skp_version_one_open_per_skp" ON "skp_version"("skpId") WHERE "status" <> 'DISETUJUI';

-- One revision number per month for the all-agency runs too (a NULL opdId is distinct in the
-- composite unique key above).
CREATE UNIQUE INDEX "allowance_run_all_opd_revision_key" ON "allowance_run"("year", "month", "revision") WHERE "opdId" IS NULL;

-- Ranges the database can guard cheaply. The services validate first and give the message.
ALTER TABLE "employee" ADD CONSTRAINT "employee_nip_digits_check" CHECK ("nip" ~ '^[0-9]{18}$');
ALTER TABLE "position" ADD CONSTRAINT "position_kelas_jabatan_check" CHECK ("kelasJabatan" BETWEEN 1 AND 17);
ALTER TABLE "period" ADD CONSTRAINT "period_month_check" CHECK ("month" BETWEEN 1 AND 12);
ALTER TABLE "working_hours" ADD CONSTRAINT "working_hours_range_check"
  CHECK ("weekday" BETWEEN 1 AND 7 AND "startMinute" >= 0 AND "startMinute" < "endMinute" AND "endMinute" <= 1440);
ALTER TABLE "iki_target" ADD CONSTRAINT "iki_target_month_check" CHECK ("month" BETWEEN 1 AND 12);
ALTER TABLE "activity" ADD CONSTRAINT "activity_minutes_check"
  CHECK ("startMinute" >= 0 AND "startMinute" < "endMinute" AND "endMinute" <= 1440);
ALTER TABLE "activity" ADD CONSTRAINT "activity_output_quantity_check" CHECK ("outputQuantity" >= 0);
ALTER TABLE "evidence_file" ADD CONSTRAINT "evidence_file_single_owner_check"
  CHECK (num_nonnulls("activityId", "realisationId", "instructionRecipientId") <= 1);
ALTER TABLE "iki_realisation" ADD CONSTRAINT "iki_realisation_month_check" CHECK ("month" BETWEEN 1 AND 12);
ALTER TABLE "rater_assignment" ADD CONSTRAINT "rater_assignment_month_check" CHECK ("month" BETWEEN 1 AND 12);
ALTER TABLE "rater_assignment" ADD CONSTRAINT "rater_assignment_not_self_check" CHECK ("raterEmployeeId" <> "rateeEmployeeId");
ALTER TABLE "behaviour_rating" ADD CONSTRAINT "behaviour_rating_scores_check" CHECK (
  "berorientasiPelayanan" BETWEEN 1 AND 5 AND "akuntabel" BETWEEN 1 AND 5 AND "kompeten" BETWEEN 1 AND 5
  AND "harmonis" BETWEEN 1 AND 5 AND "loyal" BETWEEN 1 AND 5 AND "adaptif" BETWEEN 1 AND 5
  AND "kolaboratif" BETWEEN 1 AND 5);
ALTER TABLE "attendance_day" ADD CONSTRAINT "attendance_day_minutes_check"
  CHECK (("checkInMinute" IS NULL OR "checkInMinute" BETWEEN 0 AND 1439)
     AND ("checkOutMinute" IS NULL OR "checkOutMinute" BETWEEN 0 AND 1439));
ALTER TABLE "sanction" ADD CONSTRAINT "sanction_range_check"
  CHECK ("percentBp" BETWEEN 0 AND 10000 AND "startMonth" BETWEEN 1 AND 12 AND "months" >= 1);
ALTER TABLE "allowance_run" ADD CONSTRAINT "allowance_run_month_check" CHECK ("month" BETWEEN 1 AND 12);
ALTER TABLE "announcement" ADD CONSTRAINT "announcement_validity_check" CHECK ("validUntil" >= "validFrom");

-- The audit trail is append-only (DESIGN.md §12): no UPDATE and no DELETE, whoever asks.
-- TRUNCATE stays possible so that test databases can be emptied between tests.
-- Body: BEGIN RAISE EXCEPTION '...', TG_OP USING ERRCODE = 'insufficient_privilege' END
CREATE FUNCTION "audit_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  RAISE EXCEPTION ''Log audit hanya boleh ditambah: % pada audit_log ditolak'', TG_OP
    USING ERRCODE = ''insufficient_privilege''\073
END\073
';

CREATE TRIGGER "audit_log_append_only"
  BEFORE UPDATE OR DELETE ON "audit_log"
  FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"();
