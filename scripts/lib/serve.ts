/**
 * The production web server: Next's request handler behind a plain Node HTTP server, so that the
 * client address is the socket's, not whatever a client writes into X-Forwarded-For (Next only
 * fills that header when it is missing). Without TRUST_PROXY the header is replaced by the peer
 * address; with it (behind a reverse proxy) the peer is appended, as a proxy chain would.
 */
import { createServer, type IncomingMessage } from "node:http";
import next from "next";

export function forwardedFor(req: IncomingMessage, trustProxy: boolean): string {
  const peer = req.socket.remoteAddress ?? "unknown";
  const existing = req.headers["x-forwarded-for"];
  const chain = Array.isArray(existing) ? existing.join(", ") : existing;
  return trustProxy && chain ? `${chain}, ${peer}` : peer;
}

export async function serve(options: { port: number; trustProxy: boolean; hostname?: string }): Promise<void> {
  const app = next({ dev: false, dir: process.cwd(), port: options.port, hostname: options.hostname ?? "localhost" });
  const handle = app.getRequestHandler();
  await app.prepare();
  const server = createServer((req, res) => {
    req.headers["x-forwarded-for"] = forwardedFor(req, options.trustProxy);
    delete req.headers["x-real-ip"];
    void handle(req, res);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(options.port, () => resolve());
  });
  console.log(`▲ TRK Jabar siap di http://localhost:${options.port}`);
  const stop = () => server.close(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
