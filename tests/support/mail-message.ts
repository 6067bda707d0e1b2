/**
 * A small MIME reader for the messages the test SMTP sink receives (mailparser is not installed):
 * headers (unfolded, RFC 2047 encoded words), multipart bodies, quoted-printable and base64.
 * Enough for what nodemailer produces; not a general mail parser.
 */
export type ParsedMail = {
  headers: Map<string, string[]>;
  /** Addresses of the To header, lower case. */
  to: string[];
  subject: string;
  text: string;
  html: string | null;
};

type Part = { headers: Map<string, string[]>; body: string };

function splitHeaders(raw: string): Part {
  const normalised = raw.replace(/\r\n/g, "\n");
  const end = normalised.indexOf("\n\n");
  const head = end === -1 ? normalised : normalised.slice(0, end);
  const body = end === -1 ? "" : normalised.slice(end + 2);
  const headers = new Map<string, string[]>();
  for (const line of head.replace(/\n[ \t]+/g, " ").split("\n")) {
    const colon = line.indexOf(":");
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    headers.set(name, [...(headers.get(name) ?? []), line.slice(colon + 1).trim()]);
  }
  return { headers, body };
}

function decodeQuotedPrintable(body: string): string {
  const soft = body.replace(/=\n/g, "");
  const bytes: number[] = [];
  for (let i = 0; i < soft.length; i++) {
    const c = soft[i]!;
    if (c === "=" && /^[0-9A-Fa-f]{2}$/.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(c, "utf8"));
    }
  }
  return Buffer.from(bytes).toString("utf8");
}

function decodeBody(part: Part): string {
  const encoding = (part.headers.get("content-transfer-encoding")?.[0] ?? "7bit").toLowerCase();
  if (encoding === "quoted-printable") return decodeQuotedPrintable(part.body);
  if (encoding === "base64") return Buffer.from(part.body.replace(/\s+/g, ""), "base64").toString("utf8");
  return part.body;
}

function decodeWords(value: string): string {
  return value.replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=\s*/g, (_m, _charset: string, kind: string, text: string) =>
    kind.toUpperCase() === "B"
      ? Buffer.from(text, "base64").toString("utf8")
      : decodeQuotedPrintable(text.replace(/_/g, " ")),
  );
}

function leaves(part: Part): Part[] {
  const type = part.headers.get("content-type")?.[0] ?? "text/plain";
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (!/^multipart\//i.test(type) || !boundary) return [part];
  const pieces = part.body.split(`--${boundary}`).slice(1);
  return pieces
    .filter((piece) => !piece.startsWith("--"))
    .flatMap((piece) => leaves(splitHeaders(piece.replace(/^\n/, "").replace(/\n$/, ""))));
}

export function parseMail(raw: string): ParsedMail {
  const root = splitHeaders(raw);
  const parts = leaves(root);
  const ofType = (type: string) => parts.find((p) => (p.headers.get("content-type")?.[0] ?? "text/plain").toLowerCase().startsWith(type));
  const text = ofType("text/plain");
  const html = ofType("text/html");
  const toHeader = (root.headers.get("to") ?? []).join(", ");
  const to = [...toHeader.matchAll(/[^\s<>,"]+@[^\s<>,"]+/g)].map((m) => m[0].toLowerCase());
  return {
    headers: root.headers,
    to,
    subject: decodeWords(root.headers.get("subject")?.[0] ?? ""),
    text: text ? decodeBody(text) : "",
    html: html ? decodeBody(html) : null,
  };
}
