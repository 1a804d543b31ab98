CREATE TABLE "match_settings" (
	"singleton" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"weights" jsonb NOT NULL,
	"updated_by_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "match_settings_singleton" CHECK ("match_settings"."singleton")
);
--> statement-breakpoint
ALTER TABLE "match_settings" ADD CONSTRAINT "match_settings_updated_by_id_people_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;