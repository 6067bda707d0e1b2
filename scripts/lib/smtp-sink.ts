/**
 * A real SMTP server on loopback that accepts every message and keeps it: in memory (for
 * integration tests) and, when `dir` is given, as an .eml file per message (for end-to-end tests,
 * which read them from another process). No TLS and no authentication: it listens on 127.0.0.1 only.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import path from "node:path";
import { SMTPServer } from "smtp-server";

export type ReceivedMail = { from: string | null; to: string[]; raw: string; receivedAt: Date };

export type SmtpSink = {
  host: string;
  port: number;
  messages: ReceivedMail[];
  close: () => Promise<void>;
};

export async function startSmtpSink(options: { dir?: string } = {}): Promise<SmtpSink> {
  const messages: ReceivedMail[] = [];
  if (options.dir) mkdirSync(options.dir, { recursive: true });
  let sequence = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    banner: "TRK Jabar test mail sink",
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("error", callback);
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        const mailFrom = session.envelope.mailFrom;
        messages.push({
          from: mailFrom ? mailFrom.address : null,
          to: session.envelope.rcptTo.map((r) => r.address.toLowerCase()),
          raw,
          receivedAt: new Date(),
        });
        if (options.dir) {
          sequence += 1;
          // Sortable by name: arrival time, then a counter for messages of the same millisecond.
          const name = `${Date.now()}-${String(sequence).padStart(5, "0")}.eml`;
          writeFileSync(path.join(options.dir, name), raw);
        }
        callback();
      });
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => resolve());
  });
  const address = server.server.address() as AddressInfo;
  return {
    host: "127.0.0.1",
    port: address.port,
    messages,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
