import { db } from "@/lib/server/db";

export const dynamic = "force-dynamic";

/** Liveness and database reachability, for load balancers and the start scripts. */
export async function GET() {
  try {
    await db.$queryRaw`SELECT 1`;
    return Response.json({ status: "ok" });
  } catch {
    return Response.json({ status: "error", message: "Basis data tidak dapat dihubungi." }, { status: 503 });
  }
}
