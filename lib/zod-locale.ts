/**
 * zod's own messages (a field missing from a hand-crafted request, say) in Indonesian, so no
 * English text reaches a user. Imported for its effect by the action wrapper and services.
 */
import { z } from "zod";

z.config(z.locales.id());

export {};
