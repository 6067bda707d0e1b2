/**
 * How the browser calls the activity form's action (saveActivityFormAction in
 * app/(app)/aktivitas/form-action.ts, which runs saveActivityAction): a POST to /aktivitas
 * with `Next-Action: <id>` (from the build's server-reference-manifest.json) and the multipart body
 * React's encodeReply makes of the action's arguments `[prevState, formData]`: each form field
 * is a part named `_1_<field>`, then part "0" is `[null,"$K1"]` (useActionState starts from null;
 * $K1 refers to the FormData). The answer is a React Server Components stream that carries the
 * ActionState ({"ok":true,…}).
 */
export const ACTIVITY_PAGE = "/aktivitas";
/** The server action the activity form posts to (its id is read from the build's manifest). */
export const SAVE_ACTION = { file: "app/(app)/aktivitas/form-action.ts", name: "saveActivityFormAction" } as const;

export type ActivityFields = {
  clientRequestId: string;
  date: string;
  startTime: string;
  endTime: string;
  description: string;
  outputQuantity: string;
  outputUnit: string;
  submit: "0" | "1";
  rhkId?: string;
};

const BOUNDARY = "----trkbench7MA4YWxkTrZu0gW";

export function actionBody(fields: ActivityFields): { body: string; contentType: string } {
  // The root part comes last, as encodeReply sends it: the server decodes while the body streams in,
  // and "$K1" takes the `_1_` parts received before it.
  const parts: [string, string][] = [...Object.entries(fields).map(([k, v]) => [`_1_${k}`, String(v)] as [string, string]), ["0", '[null,"$K1"]']];
  let body = "";
  for (const [name, value] of parts) {
    body += `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
  }
  body += `--${BOUNDARY}--\r\n`;
  return { body, contentType: `multipart/form-data; boundary=${BOUNDARY}` };
}

/**
 * The router state a browser on /aktivitas sends with the action and, marked "refetch", with the
 * refresh that follows a save (captured from Chromium on the production build).
 */
const ROUTER_STATE = (refetch: boolean) =>
  encodeURIComponent(JSON.stringify(["", { children: ["(app)", { children: ["aktivitas", { children: ["__PAGE__", {}, null, null, 0] }, null, null, 0] }, null, null, 0] }, null, refetch ? "refetch" : null, 16]));

export function actionHeaders(input: { actionId: string; origin: string; cookie: string; contentType: string }): Record<string, string> {
  return {
    "next-action": input.actionId,
    "next-router-state-tree": ROUTER_STATE(false),
    accept: "text/x-component",
    origin: input.origin,
    cookie: input.cookie,
    "content-type": input.contentType,
  };
}

/** True when the RSC answer carries a successful ActionState. */
export function actionSucceeded(status: number, body: string): boolean {
  return status === 200 && body.includes('"ok":true');
}

/** hh:mm of a minute of the day. */
export function clock(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, "0")}:${String(minute % 60).padStart(2, "0")}`;
}

/**
 * The n-th distinct, non-overlapping submission over `employees`: employee n mod E, then 10-minute
 * slots 00:00–23:50 on each of `dates` in turn, so no two requests collide on an employee's day.
 */
export function nthSubmission(n: number, input: { employees: number; dates: string[]; prefix: string }) {
  const employee = n % input.employees;
  const k = Math.floor(n / input.employees);
  const slot = k % 144;
  const date = input.dates[Math.floor(k / 144) % input.dates.length]!;
  const fields: ActivityFields = {
    clientRequestId: `${input.prefix}-${n}`,
    date,
    startTime: clock(slot * 10),
    endTime: clock(slot * 10 + 9),
    description: `Beban uji kirim aktivitas nomor ${n}`,
    outputQuantity: "1",
    outputUnit: "dokumen",
    submit: "1",
  };
  return { employee, fields };
}

/** The request the activity form makes after a save (router.refresh()): the day's page as RSC. */
export function refreshHeaders(input: { cookie: string }): Record<string, string> {
  return { rsc: "1", "next-router-state-tree": ROUTER_STATE(true), cookie: input.cookie };
}

/**
 * The refresh's path with the `_rsc` cache-busting parameter Next derives from those headers (the
 * browser adds it; without it the server answers 307 to the same path with it).
 */
export async function refreshPath(input: { origin: string; path: string; cookie: string }): Promise<string> {
  const res = await fetch(`${input.origin}${input.path}`, { headers: refreshHeaders({ cookie: input.cookie }), redirect: "manual" });
  await res.arrayBuffer();
  if (res.status === 200) return input.path;
  const location = res.headers.get("location");
  if (res.status !== 307 || !location?.includes("_rsc=")) throw new Error(`refresh of ${input.path}: ${res.status} ${location ?? ""}`);
  return location;
}
