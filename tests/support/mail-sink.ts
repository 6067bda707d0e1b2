import { afterAll, beforeAll, beforeEach } from "vitest";
import { resetEnvCache } from "@/lib/env";
import { startSmtpSink, type SmtpSink } from "../../scripts/lib/smtp-sink";
import { parseMail, type ParsedMail } from "./mail-message";

/**
 * Points the app's mail transport at a real SMTP server on loopback for the tests of one file,
 * emptied before each test. Returns accessors for what it received.
 */
export function useSmtpSink() {
  let sink: SmtpSink | undefined;
  beforeAll(async () => {
    sink = await startSmtpSink();
    process.env.SMTP_HOST = sink.host;
    process.env.SMTP_PORT = String(sink.port);
    process.env.SMTP_SECURE = "false";
    resetEnvCache();
  });
  beforeEach(() => {
    sink?.messages.splice(0);
  });
  afterAll(async () => {
    delete process.env.SMTP_HOST;
    delete process.env.SMTP_PORT;
    delete process.env.SMTP_SECURE;
    resetEnvCache();
    await sink?.close();
  });
  return {
    /** Every message received since the test began, parsed, with its envelope recipients. */
    messages(): (ParsedMail & { envelopeTo: string[]; raw: string })[] {
      return (sink?.messages ?? []).map((m) => ({ ...parseMail(m.raw), envelopeTo: m.to, raw: m.raw }));
    },
  };
}

/** The reset token in a message's link `${APP_URL}/reset-kata-sandi/<token>`. */
export function resetTokenIn(text: string): string {
  const match = /\/reset-kata-sandi\/([A-Za-z0-9_-]+)/.exec(text);
  if (!match) throw new Error(`Tidak ada tautan reset dalam pesan:\n${text}`);
  return match[1]!;
}
