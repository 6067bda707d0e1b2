/** Expected failures of a service. Their message is plain Indonesian and safe to show. */
export type AppErrorCode =
  | "UNAUTHENTICATED"
  | "NOT_FOUND"
  | "FORBIDDEN"
  | "INVALID_STATE"
  | "CONFLICT"
  | "VALIDATION"
  | "LOCKED";

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly fieldErrors?: Record<string, string[]>;

  constructor(code: AppErrorCode, message: string, fieldErrors?: Record<string, string[]>) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = fieldErrors;
  }
}

export const forbidden = (message = "Anda tidak berwenang melakukan tindakan ini.") =>
  new AppError("FORBIDDEN", message);
export const notFound = (message = "Data tidak ditemukan.") => new AppError("NOT_FOUND", message);
export const invalid = (message: string, fieldErrors?: Record<string, string[]>) =>
  new AppError("VALIDATION", message, fieldErrors);

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
