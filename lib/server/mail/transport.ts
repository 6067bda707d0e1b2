import "server-only";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import nodemailer, { type Transporter } from "nodemailer";
import { env } from "@/lib/env";

export type MailMessage = { to: string; subject: string; text: string; html?: string };

let transporter: { key: string; transport: Transporter } | undefined;

function smtpTransport(): Transporter | undefined {
  const config = env();
  if (!config.SMTP_HOST) return undefined;
  // Rebuilt when the settings change (tests point it at a local SMTP sink).
  const key = [config.SMTP_HOST, config.SMTP_PORT, config.SMTP_SECURE, config.SMTP_USER ?? ""].join("|");
  if (transporter?.key !== key) {
    transporter = {
      key,
      transport: nodemailer.createTransport({
        host: config.SMTP_HOST,
        port: config.SMTP_PORT,
        secure: config.SMTP_SECURE,
        auth: config.SMTP_USER ? { user: config.SMTP_USER, pass: config.SMTP_PASSWORD ?? "" } : undefined,
      }),
    };
  }
  return transporter.transport;
}

const fileTransport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });

function slug(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "").slice(0, 40);
}

/**
 * Sends one e-mail: over SMTP when SMTP_HOST is set, otherwise written as an .eml file to MAIL_DIR
 * (open it with any mail client) so that a developer sees exactly what would have been sent.
 */
export async function sendMail(message: MailMessage): Promise<void> {
  const config = env();
  const mail = { from: config.MAIL_FROM, ...message };
  const smtp = smtpTransport();
  if (smtp) {
    await smtp.sendMail(mail);
    return;
  }
  const info = await fileTransport.sendMail(mail);
  const dir = path.resolve(config.MAIL_DIR);
  await mkdir(dir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:.]/g, "-");
  const file = path.join(dir, `${stamp}-${slug(message.to)}-${slug(message.subject)}.eml`);
  await writeFile(file, info.message as Buffer);
}

/** Mail is sent after the change it reports has committed; a failure is logged, never fatal. */
export async function sendMailSafely(message: MailMessage): Promise<boolean> {
  try {
    await sendMail(message);
    return true;
  } catch (error) {
    console.error("[mail] pengiriman gagal", { to: message.to, subject: message.subject, error });
    return false;
  }
}
