CREATE TABLE "match_lists" (
	"doc" integer PRIMARY KEY NOT NULL,
	"targets" integer[] NOT NULL,
	"scores" real[] NOT NULL,
	"source_generation" bigint NOT NULL,
	"computed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "match_lists_aligned" CHECK (cardinality("match_lists"."targets") = cardinality("match_lists"."scores"))
);
--> statement-breakpoint
CREATE TABLE "match_state" (
	"singleton" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"epoch" integer DEFAULT -1 NOT NULL,
	"generation" bigint DEFAULT -1 NOT NULL,
	"rebuild_requested" boolean DEFAULT true NOT NULL,
	"rebuilt_at" timestamp with time zone,
	CONSTRAINT "match_state_singleton" CHECK ("match_state"."singleton")
);
--> statement-breakpoint
CREATE INDEX "match_lists_targets_idx" ON "match_lists" USING gin ("targets");--> statement-breakpoint
INSERT INTO "match_state" DEFAULT VALUES;
