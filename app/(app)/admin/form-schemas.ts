import { z } from "zod";
import type { SessionUser } from "@/lib/server/auth/current-user";

/** Form text: missing → "" (services validate the content and answer in Indonesian). */
export const text = z.preprocess((v) => (typeof v === "string" ? v : ""), z.string());

/** A record id from a form field. */
export const id = (message: string) => z.coerce.number({ error: message }).int(message).positive(message);

/** An optional id ("" → undefined). */
export const optionalId = z.preprocess((v) => (v === "" || v == null ? undefined : v), z.coerce.number().int().positive().optional());

/** Only admins reach admin actions at all; which records they reach is the services' business. */
export const isAdmin = (actor: SessionUser) => actor.role === "ADMIN_OPD" || actor.role === "ADMIN_BKD";
