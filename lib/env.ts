/**
 * The only reader of `process.env`. Every variable is validated here and documented in
 * `.env.example`. Read lazily (on first use) so that `next build` does not need a database.
 */
import { z } from "zod";

const bool = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((v) => v === "true" || v === "1");

/** Like `bool`, but unset or empty means true. */
const boolDefaultTrue = z
  .enum(["true", "false", "1", "0", ""])
  .optional()
  .transform((v) => v === undefined || v === "" || v === "true" || v === "1");

/** Unset or empty (a line `OIDC_ISSUER=` in .env) both mean "not set". */
const optionalText = z
  .string()
  .optional()
  .transform((v) => (v === undefined || v.trim() === "" ? undefined : v.trim()));

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: z.string().url().optional(),
  /** Secret that signs session tokens (next-auth). Required in production. */
  AUTH_SECRET: z.string().min(32).optional(),
  /** Public base URL of the app, used in e-mail links. Default: http://localhost:${PORT}. */
  APP_URL: z.string().url().optional(),
  PORT: z.coerce.number().int().positive().default(3000),

  EMBEDDED_DB_DIR: z.string().default(".data/pglite"),
  EMBEDDED_DB_PORT: z.coerce.number().int().positive().default(5433),

  SMTP_HOST: z.string().optional(),
  SMTP_PORT: z.coerce.number().int().positive().default(587),
  SMTP_SECURE: bool,
  SMTP_USER: z.string().optional(),
  SMTP_PASSWORD: z.string().optional(),
  MAIL_FROM: z.string().default("TRK Jabar <no-reply@trk.jabarprov.go.id>"),
  /** Where messages are written as .eml files when no SMTP server is configured. */
  MAIL_DIR: z.string().default("var/mail"),

  /** Where uploaded files are kept: "local" (a folder, STORAGE_DIR) or "s3" (an S3-compatible bucket). */
  STORAGE_DRIVER: z.enum(["local", "s3"]).default("local"),
  /** S3-compatible store (STORAGE_DRIVER=s3): endpoint URL; unset = AWS for S3_REGION. */
  S3_ENDPOINT: z.string().url().optional(),
  S3_REGION: z.string().min(1).default("us-east-1"),
  S3_BUCKET: z.string().min(3).optional(),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  /** Bucket in the URL path rather than the host name (MinIO, Ceph, most self-hosted stores). */
  S3_FORCE_PATH_STYLE: bool,
  /** Evidence files and other uploads (outside public/). */
  STORAGE_DIR: z.string().default("var/storage"),
  /** Largest evidence file as stored (DESIGN.md §5: 2 MiB, configurable). */
  EVIDENCE_MAX_BYTES: z.coerce.number().int().positive().default(2 * 1024 * 1024),
  /**
   * Largest evidence file accepted for upload (a photo over EVIDENCE_MAX_BYTES is downscaled).
   * At most 32 MiB: an upload is held in memory while it is checked.
   */
  EVIDENCE_UPLOAD_MAX_BYTES: z.coerce.number().int().positive().max(32 * 1024 * 1024).default(15 * 1024 * 1024),

  BCRYPT_COST: z.coerce.number().int().min(12).max(15).default(12),
  /** Failed logins allowed from one IP address within LOGIN_IP_WINDOW_MINUTES. */
  LOGIN_IP_LIMIT: z.coerce.number().int().positive().default(30),
  LOGIN_IP_WINDOW_MINUTES: z.coerce.number().int().positive().default(15),
  /** Trust X-Forwarded-For from a reverse proxy when reading the client IP. */
  TRUST_PROXY: bool,

  /** Run the background-job worker (reminders, e-mail, allowance runs) inside the production server. */
  JOBS_WORKER: boolDefaultTrue,
  /** Seconds between two polls of the job queue (and scheduler ticks) by the worker. */
  JOBS_POLL_INTERVAL_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),

  /**
   * Single sign-on through the province's OpenID Connect provider (Jabar Smart ASN, DESIGN.md §12).
   * Off unless OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are all set.
   */
  OIDC_ISSUER: optionalText.pipe(z.string().url().optional()),
  OIDC_CLIENT_ID: optionalText,
  OIDC_CLIENT_SECRET: optionalText,
  /** The claim (ID token or userinfo) that carries the employee's 18-digit NIP. */
  OIDC_NIP_CLAIM: z.string().min(1).default("nip"),
  /** Scopes asked for; must include "openid" and whatever scope releases the NIP claim. */
  OIDC_SCOPES: z
    .string()
    .default("openid profile")
    .refine((v) => v.split(/\s+/).includes("openid"), "harus memuat scope openid"),
  /** The provider's name as shown on the login page ("Masuk dengan …"). */
  OIDC_NAME: z.string().min(1).max(60).default("Jabar Smart ASN"),
})
  .superRefine((v, ctx) => {
    const set = [v.OIDC_ISSUER, v.OIDC_CLIENT_ID, v.OIDC_CLIENT_SECRET].filter(Boolean).length;
    if (set !== 0 && set !== 3) {
      ctx.addIssue({
        code: "custom",
        path: ["OIDC_ISSUER"],
        message: "OIDC_ISSUER, OIDC_CLIENT_ID dan OIDC_CLIENT_SECRET harus diatur bersama (atau tidak sama sekali)",
      });
    }
  });

export type Env = Omit<z.infer<typeof schema>, "APP_URL"> & { APP_URL: string };

let cached: Env | undefined;

export function env(): Env {
  if (cached) return cached;
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
    throw new Error(`Konfigurasi lingkungan tidak valid: ${issues}`);
  }
  if (parsed.data.NODE_ENV === "production" && !parsed.data.AUTH_SECRET && !process.env.NEXT_PHASE) {
    throw new Error("AUTH_SECRET wajib diatur di produksi (minimal 32 karakter).");
  }
  cached = { ...parsed.data, APP_URL: parsed.data.APP_URL ?? `http://localhost:${parsed.data.PORT}` };
  return cached;
}

/** Forgets the validated environment so the next `env()` reads `process.env` again (tests only). */
export function resetEnvCache(): void {
  cached = undefined;
}

/** The database URL; the app cannot run without one (`npm start` provides an embedded one). */
export function databaseUrl(): string {
  const url = env().DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL belum diatur.");
  return url;
}

export type SsoConfig = {
  /** next-auth provider id; also the last part of the redirect URL /api/auth/callback/jabar-sso. */
  id: "jabar-sso";
  issuer: string;
  clientId: string;
  clientSecret: string;
  nipClaim: string;
  scopes: string;
  name: string;
};

/** The single sign-on settings, or null when single sign-on is not configured. */
export function ssoConfig(): SsoConfig | null {
  const e = env();
  if (!e.OIDC_ISSUER || !e.OIDC_CLIENT_ID || !e.OIDC_CLIENT_SECRET) return null;
  return {
    id: "jabar-sso",
    issuer: e.OIDC_ISSUER.replace(/\/+$/, ""),
    clientId: e.OIDC_CLIENT_ID,
    clientSecret: e.OIDC_CLIENT_SECRET,
    nipClaim: e.OIDC_NIP_CLAIM,
    scopes: e.OIDC_SCOPES.trim().split(/\s+/).join(" "),
    name: e.OIDC_NAME,
  };
}

/** Session signing secret; a fixed development value outside production. */
export function authSecret(): string {
  return env().AUTH_SECRET ?? "trk-jabar-development-secret-not-for-production-use";
}
