import type { FastifyBaseLogger } from "fastify";
import nodemailer from "nodemailer";
import type { Mailer } from "./http/context.ts";

/**
 * E-mail for notifications: through the SMTP server of SMTP_URL when configured,
 * otherwise written to the log (so a demo or a developer sees what would be sent).
 * Sending never throws into a request: a failure is logged, the in-app inbox still has
 * the message.
 */
export function createMailer(options: {
  smtpUrl: string | undefined;
  from: string;
  logger: FastifyBaseLogger;
}): Mailer {
  const { logger, from } = options;
  if (!options.smtpUrl) {
    return {
      async send(message) {
        logger.info(
          { mail: { from, ...message } },
          "e-mail (no SMTP_URL configured: logged, not sent)",
        );
      },
    };
  }
  const transport = nodemailer.createTransport(options.smtpUrl);
  return {
    async send(message) {
      try {
        await transport.sendMail({ from, ...message });
      } catch (error) {
        logger.warn({ err: error, to: message.to, subject: message.subject }, "e-mail not sent");
      }
    },
  };
}
