import { describe, expect, it } from "vitest";
import { createMailer } from "./mail.ts";

function recordingLogger() {
  const entries: { level: string; data: unknown; message: string }[] = [];
  const at = (level: string) => (data: unknown, message: string) =>
    entries.push({ level, data, message });
  return { entries, logger: { info: at("info"), warn: at("warn") } as never };
}

describe("createMailer", () => {
  it("writes the message to the log when no SMTP server is configured", async () => {
    const { entries, logger } = recordingLogger();
    const mailer = createMailer({ smtpUrl: undefined, from: "citymatch <a@b.invalid>", logger });
    await mailer.send({ to: "city@example.org", subject: "Hello", text: "Body" });
    expect(entries).toHaveLength(1);
    expect(entries[0]?.level).toBe("info");
    expect(entries[0]?.data).toEqual({
      mail: {
        from: "citymatch <a@b.invalid>",
        to: "city@example.org",
        subject: "Hello",
        text: "Body",
      },
    });
  });

  it("logs a failed delivery instead of failing the request that caused it", async () => {
    const { entries, logger } = recordingLogger();
    // Port 1 on loopback refuses connections.
    const mailer = createMailer({ smtpUrl: "smtp://127.0.0.1:1", from: "x@y.invalid", logger });
    await expect(
      mailer.send({ to: "a@b.invalid", subject: "S", text: "T" }),
    ).resolves.toBeUndefined();
    expect(entries.map((entry) => `${entry.level}: ${entry.message}`)).toEqual([
      "warn: e-mail not sent",
    ]);
  });
});
