import path from "node:path";
import { z } from "zod";

/**
 * Configuration from the environment (flags override it in the CLI). Documented in the
 * README's configuration table; keep the two in step.
 */
const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  CITYMATCH_DATA_DIR: z.string().default("./data"),
  DATABASE_URL: z.string().optional(),
  CITYMATCH_ADMIN_EMAIL: z.string().optional(),
  CITYMATCH_ADMIN_PASSWORD: z.string().optional(),
  CITYMATCH_DEMO: z.enum(["auto", "off"]).default("auto"),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  TRUST_PROXY: z
    .enum(["true", "false"])
    .default("false")
    .transform((value) => value === "true"),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(1200),
  SMTP_URL: z
    .string()
    .regex(
      /^smtps?:\/\//,
      "an smtp:// or smtps:// URL, e.g. smtps://user:password@mail.example.org",
    )
    .optional(),
  MAIL_FROM: z.string().default("citymatch <no-reply@citymatch.invalid>"),
});

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  initialAdmin: { email: string; password: string } | null;
  /** "auto": load demo data when the database is empty. */
  demo: "auto" | "off";
  logLevel: string;
  trustProxy: boolean;
  rateLimitPerMinute: number;
  /** Notifications by e-mail through this SMTP server; without it they go to the log. */
  smtpUrl: string | undefined;
  mailFrom: string;
}

export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environmentSchema.safeParse(
    Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== "")),
  );
  if (!parsed.success) {
    const problems = parsed.error.issues
      .map((issue) => `${issue.path.join(".")}: ${issue.message}`)
      .join("; ");
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const env = parsed.data;
  if (Boolean(env.CITYMATCH_ADMIN_EMAIL) !== Boolean(env.CITYMATCH_ADMIN_PASSWORD)) {
    throw new Error("Set both CITYMATCH_ADMIN_EMAIL and CITYMATCH_ADMIN_PASSWORD, or neither");
  }
  return {
    port: env.PORT,
    host: env.HOST,
    dataDir: path.resolve(env.CITYMATCH_DATA_DIR),
    databaseUrl: env.DATABASE_URL,
    initialAdmin:
      env.CITYMATCH_ADMIN_EMAIL && env.CITYMATCH_ADMIN_PASSWORD
        ? { email: env.CITYMATCH_ADMIN_EMAIL, password: env.CITYMATCH_ADMIN_PASSWORD }
        : null,
    demo: env.CITYMATCH_DEMO,
    logLevel: env.LOG_LEVEL,
    trustProxy: env.TRUST_PROXY,
    rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
    smtpUrl: env.SMTP_URL,
    mailFrom: env.MAIL_FROM,
  };
}
