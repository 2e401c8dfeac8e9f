-- CreateTable
CREATE TABLE "AdminImport" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "fileName" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "AdminImport_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "AdminImport_userId_createdAt_idx" ON "AdminImport"("userId", "createdAt");
