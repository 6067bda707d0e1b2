/** `tsx scripts/serve.ts`: serves the production build on PORT (see scripts/lib/serve.ts). */
import { env } from "../lib/env";
import { serve } from "./lib/serve";

const config = env();
void serve({ port: config.PORT, trustProxy: config.TRUST_PROXY, jobsWorker: config.JOBS_WORKER }).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
