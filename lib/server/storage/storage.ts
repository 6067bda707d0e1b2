import "server-only";
import { env } from "@/lib/env";
import { createLocalStorage } from "./local-storage";
import type { ObjectStorage } from "./types";

export type { ObjectStorage } from "./types";
export { newStorageKey } from "./keys";

let cached: { config: string; storage: ObjectStorage } | undefined;

function create(driver: "local", dir: string): ObjectStorage {
  switch (driver) {
    case "local":
      return createLocalStorage(dir);
  }
}

/**
 * The configured object storage. Callers only see ObjectStorage; the driver (today only "local",
 * under STORAGE_DIR) is chosen here from the environment.
 */
export function objectStorage(): ObjectStorage {
  const { STORAGE_DRIVER, STORAGE_DIR } = env();
  const config = `${STORAGE_DRIVER}:${STORAGE_DIR}`;
  if (cached?.config !== config) cached = { config, storage: create(STORAGE_DRIVER, STORAGE_DIR) };
  return cached.storage;
}
