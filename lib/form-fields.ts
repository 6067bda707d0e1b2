/** zod fields shared by the server actions' form schemas. */
import { z } from "zod";

/**
 * A list of record ids from a form: repeated fields (hidden inputs of the evidence picker, checked
 * boxes). At most `max`; anything that is not a positive integer refuses the form with `message`.
 */
export function idListField(options: { max?: number; message?: string } = {}) {
  const max = options.max ?? 500;
  const message = options.message ?? "Pilihan tidak valid.";
  return z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v, ctx) => {
      const numbers = (v === undefined ? [] : Array.isArray(v) ? v : [v]).map(Number);
      if (numbers.length > max || numbers.some((n) => !Number.isInteger(n) || n <= 0)) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return numbers;
    });
}
