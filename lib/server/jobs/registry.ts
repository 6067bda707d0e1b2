import "server-only";
import type { ClaimedJob } from "./claim";

/** Does the work of one job; throwing (or rejecting) makes the job retry, then fail. */
export type JobHandler = (payload: unknown, context: { job: ClaimedJob }) => Promise<void>;

const handlers = new Map<string, JobHandler>();

/** Registers the handler of a job kind (one per kind; a later registration replaces it). Returns an unregister function. */
export function registerJobHandler(kind: string, handler: JobHandler): () => void {
  handlers.set(kind, handler);
  return () => {
    if (handlers.get(kind) === handler) handlers.delete(kind);
  };
}

export function jobHandler(kind: string): JobHandler | undefined {
  return handlers.get(kind);
}
