import { describe, expect, it } from "vitest";
import { CONNECTION_ACTIONS, CONNECTION_STATUSES } from "../../core/funnel/transitions.ts";
import { MATCH_PARTS } from "../../core/matching/score.ts";
import * as server from "../../server/db/schema/index.ts";
import { BREAKDOWNS, outcomesCsvQuery } from "../../server/modules/outcomes/schema.ts";
import { FACETS, BUDGET_BANDS as SERVER_BUDGET_BANDS } from "../../server/modules/search/schema.ts";
import * as web from "./api-types.ts";

// api-types.ts is kept by hand next to the server's schemas; the enumerations at least
// must not drift, or filters and forms would offer values the API refuses.
describe("web API types", () => {
  it("use the server's enumerations", () => {
    expect(web.VISIBILITIES).toEqual(server.VISIBILITIES);
    expect(web.PROCUREMENT_STAGES).toEqual(server.PROCUREMENT_STAGES);
    expect(web.CHALLENGE_STATUSES).toEqual(server.CHALLENGE_STATUSES);
    expect(web.PRICE_MODELS).toEqual(server.PRICE_MODELS);
    expect(web.ITEM_TYPES).toEqual(server.ITEM_TYPES);
    expect(web.SAVED_KINDS).toEqual(server.SAVED_KINDS);
    expect(web.LIST_STATUSES).toEqual(server.LIST_STATUSES);
    expect(web.CONTINENTS).toEqual(server.CONTINENTS);
    expect(web.ORGANIZATION_KINDS).toEqual(server.ORGANIZATION_KINDS);
    expect(web.AREA_CODES).toEqual(server.AREA_CODES);
    expect(web.BUDGET_BANDS).toEqual(SERVER_BUDGET_BANDS);
    expect(web.SEARCH_FACETS).toEqual(FACETS);
    expect(web.MATCH_PARTS).toEqual(MATCH_PARTS);
    expect(web.CONNECTION_STATUSES).toEqual(CONNECTION_STATUSES);
    expect(web.CONNECTION_ACTIONS).toEqual(CONNECTION_ACTIONS);
    expect(web.OUTCOME_BREAKDOWNS).toEqual(BREAKDOWNS);
    expect(web.SCHEDULING_MODES).toEqual(server.SCHEDULING_MODES);
    expect(web.LOCATION_KINDS).toEqual(server.LOCATION_KINDS);
    expect(web.MEETING_PRIORITIES).toEqual(server.MEETING_PRIORITIES);
    expect(web.MEETING_REQUEST_STATUSES).toEqual(server.MEETING_REQUEST_STATUSES);
    expect(web.MEETING_STATUSES).toEqual(server.MEETING_STATUSES);
    expect(web.SCHEDULE_RUN_STATUSES).toEqual(server.SCHEDULE_RUN_STATUSES);
    expect(web.OUTCOME_TABLES).toEqual(outcomesCsvQuery.shape.table.unwrap().options);
  });
});
