/** zod fields shared by the server actions' form schemas. */
import { z } from "zod";

/**
 * A list of record ids from a form: repeated fields (hidden inputs of the evidence picker, checked
 * boxes) or one comma-separated field. At most `max`; anything that is not a positive integer refuses.
 */
export function idListField(max = 500) {
  return z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v, ctx) => {
      const list = v === undefined ? [] : (Array.isArray(v) ? v : [v]).flatMap((x) => x.split(/[\s,]+/)).filter(Boolean);
      const numbers = list.map(Number);
      if (numbers.length > max || numbers.some((n) => !Number.isInteger(n) || n <= 0)) {
        ctx.addIssue({ code: "custom", message: "Pilihan tidak valid." });
        return z.NEVER;
      }
      return numbers;
    });
}
