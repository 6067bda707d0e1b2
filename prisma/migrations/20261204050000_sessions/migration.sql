-- CreateTable
CREATE TABLE "ended_session" (
    "sid" TEXT NOT NULL,
    "userId" INTEGER NOT NULL,
    "endedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ended_session_pkey" PRIMARY KEY ("sid")
);

-- CreateIndex
CREATE INDEX "ended_session_expiresAt_idx" ON "ended_session"("expiresAt");
