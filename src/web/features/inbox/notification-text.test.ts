import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { notificationOrganization, notificationTitle } from "./notification-text.ts";

const t = ((key: string, values: { organization: string }) =>
  `${key}(${values.organization})`) as unknown as TFunction;

describe("notification titles", () => {
  it("finds the organization in the server's English title", () => {
    expect(
      notificationOrganization({
        kind: "connection.requested",
        title: "Caldafield Health Tech wants to connect",
      }),
    ).toBe("Caldafield Health Tech");
    expect(
      notificationOrganization({
        kind: "connection.propose-contract",
        title: "Barcelona City Council recorded a signed contract: please confirm",
      }),
    ).toBe("Barcelona City Council");
  });

  it("words known kinds in the reader's language", () => {
    expect(
      notificationTitle(t, {
        kind: "connection.accept",
        title: "Barcelona City Council accepted your request",
      }),
    ).toBe("inbox.kinds.accept(Barcelona City Council)");
  });

  it("keeps the server's title for kinds or wordings it does not know", () => {
    expect(notificationTitle(t, { kind: "connection.remind", title: "Please reply" })).toBe(
      "Please reply",
    );
    expect(notificationTitle(t, { kind: "connection.accept", title: "Accepted" })).toBe("Accepted");
  });
});
