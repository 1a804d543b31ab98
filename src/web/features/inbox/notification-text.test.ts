import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { notificationOrganization, notificationTitle } from "./notification-text.ts";

const t = ((key: string, values: Record<string, string>) =>
  `${key}(${Object.values(values).join("|")})`) as unknown as TFunction;

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

  it("words B2B meeting notifications from the person and the edition in the title", () => {
    expect(
      notificationTitle(t, {
        kind: "meeting.requested",
        title: "Ana Díaz asks to meet you at Barcelona Smart City Congress 2026",
      }),
    ).toBe("inbox.kinds.meetingRequested(Ana Díaz|Barcelona Smart City Congress 2026)");
    expect(
      notificationTitle(t, {
        kind: "meeting.cancelled",
        title: "Li Wei cancelled a B2B meeting at Smart City Expo at Shanghai",
      }),
    ).toBe("inbox.kinds.meetingCancelled(Li Wei|Smart City Expo at Shanghai)");
    expect(
      notificationTitle(t, {
        kind: "meeting.agenda-published",
        title: "Your B2B agenda for Barcelona Smart City Congress 2026 is published",
      }),
    ).toBe("inbox.kinds.meetingAgendaPublished(|Barcelona Smart City Congress 2026)");
    expect(notificationTitle(t, { kind: "meeting.accepted", title: "Accepted" })).toBe("Accepted");
  });
});
