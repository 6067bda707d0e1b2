import "server-only";
import { env, type Env } from "@/lib/env";
import { createLocalStorage } from "./local-storage";
import { createS3Storage } from "./s3-storage";
import type { ObjectStorage } from "./types";

export type { ObjectStorage } from "./types";
export { newStorageKey } from "./keys";

let cached: { config: string; storage: ObjectStorage } | undefined;

function create(config: Env): ObjectStorage {
  switch (config.STORAGE_DRIVER) {
    case "local":
      return createLocalStorage(config.STORAGE_DIR);
    case "s3":
      if (!config.S3_BUCKET) throw new Error("STORAGE_DRIVER=s3 membutuhkan S3_BUCKET.");
      return createS3Storage({
        endpoint: config.S3_ENDPOINT,
        region: config.S3_REGION,
        bucket: config.S3_BUCKET,
        accessKeyId: config.S3_ACCESS_KEY_ID,
        secretAccessKey: config.S3_SECRET_ACCESS_KEY,
        forcePathStyle: config.S3_FORCE_PATH_STYLE,
      });
  }
}

/**
 * The configured object storage. Callers only see ObjectStorage; the driver ("local" under
 * STORAGE_DIR for one server, "s3" for several) is chosen here from the environment.
 */
export function objectStorage(): ObjectStorage {
  const config = env();
  const key = [config.STORAGE_DRIVER, config.STORAGE_DIR, config.S3_ENDPOINT, config.S3_REGION, config.S3_BUCKET, config.S3_ACCESS_KEY_ID, config.S3_FORCE_PATH_STYLE].join(":");
  if (cached?.config !== key) cached = { config: key, storage: create(config) };
  return cached.storage;
}
