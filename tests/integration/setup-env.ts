import { inject } from "vitest";

// Before any test imports the data layer: every test file talks to the run's fresh database.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.APP_URL ??= "http://localhost:3999";
