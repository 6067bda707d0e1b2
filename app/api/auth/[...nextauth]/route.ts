import NextAuth from "next-auth";
import { authOptions } from "@/lib/server/auth/options";
import { clientIp } from "@/lib/server/auth/client-ip";

type Context = { params: Promise<{ nextauth: string[] }> };

async function handler(req: Request, context: Context) {
  return NextAuth(req as never, context as never, authOptions({ ip: clientIp(req.headers) }));
}

export { handler as GET, handler as POST };
