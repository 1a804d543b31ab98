CREATE TYPE "public"."meeting_location_kind" AS ENUM('table', 'booth');--> statement-breakpoint
CREATE TYPE "public"."meeting_priority" AS ENUM('must-meet', 'would-like');--> statement-breakpoint
CREATE TYPE "public"."meeting_request_source" AS ENUM('participant', 'organizer');--> statement-breakpoint
CREATE TYPE "public"."meeting_request_status" AS ENUM('pending', 'accepted', 'declined', 'withdrawn', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."meeting_status" AS ENUM('planned', 'happened', 'no-show', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."meeting_placed_by" AS ENUM('receiver', 'organizer', 'scheduler');--> statement-breakpoint
CREATE TYPE "public"."schedule_run_status" AS ENUM('running', 'done', 'failed', 'cancelled', 'published', 'discarded');--> statement-breakpoint
CREATE TYPE "public"."meeting_scheduling_mode" AS ENUM('receiver-picks', 'organizer');--> statement-breakpoint
CREATE TABLE "calendar_feeds" (
	"person_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "calendar_feeds_person_id_event_id_pk" PRIMARY KEY("person_id","event_id"),
	CONSTRAINT "calendar_feeds_token_hash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "meeting_attendees" (
	"meeting_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"slot_id" uuid,
	CONSTRAINT "meeting_attendees_meeting_id_person_id_pk" PRIMARY KEY("meeting_id","person_id"),
	CONSTRAINT "meeting_attendees_one_meeting_per_slot" UNIQUE("person_id","slot_id")
);
--> statement-breakpoint
CREATE TABLE "meeting_programmes" (
	"event_id" uuid PRIMARY KEY NOT NULL,
	"table_count" integer NOT NULL,
	"location_kind" "meeting_location_kind" DEFAULT 'table' NOT NULL,
	"slot_minutes" integer NOT NULL,
	"mode" "meeting_scheduling_mode" DEFAULT 'organizer' NOT NULL,
	"requests_open" boolean DEFAULT true NOT NULL,
	"fairness" integer,
	"published_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_programmes_tables" CHECK ("meeting_programmes"."table_count" BETWEEN 1 AND 5000),
	CONSTRAINT "meeting_programmes_slot_minutes" CHECK ("meeting_programmes"."slot_minutes" BETWEEN 5 AND 240),
	CONSTRAINT "meeting_programmes_fairness" CHECK ("meeting_programmes"."fairness" IS NULL OR "meeting_programmes"."fairness" >= 0)
);
--> statement-breakpoint
CREATE TABLE "meeting_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"requester_id" uuid NOT NULL,
	"recipient_id" uuid NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"priority" "meeting_priority" DEFAULT 'would-like' NOT NULL,
	"session_id" uuid,
	"status" "meeting_request_status" DEFAULT 'pending' NOT NULL,
	"source" "meeting_request_source" DEFAULT 'participant' NOT NULL,
	"created_by_id" uuid,
	"connection_id" uuid,
	"responded_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_requests_two_people" CHECK ("meeting_requests"."requester_id" <> "meeting_requests"."recipient_id")
);
--> statement-breakpoint
CREATE TABLE "meeting_schedule_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"status" "schedule_run_status" DEFAULT 'running' NOT NULL,
	"keep_published" boolean DEFAULT false NOT NULL,
	"time_limit_seconds" integer NOT NULL,
	"fairness" integer,
	"seed" integer DEFAULT 1 NOT NULL,
	"progress" jsonb,
	"result" jsonb,
	"error" text,
	"started_by_id" uuid,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"published_at" timestamp with time zone,
	CONSTRAINT "meeting_schedule_runs_time_limit" CHECK ("meeting_schedule_runs"."time_limit_seconds" BETWEEN 1 AND 600)
);
--> statement-breakpoint
CREATE TABLE "meeting_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"day" date NOT NULL,
	"label" text NOT NULL,
	"starts" text NOT NULL,
	"ends" text NOT NULL,
	"pauses" jsonb DEFAULT '[]'::jsonb NOT NULL,
	CONSTRAINT "meeting_sessions_one_start_per_day" UNIQUE("event_id","day","starts"),
	CONSTRAINT "meeting_sessions_times" CHECK ("meeting_sessions"."starts" ~ '^[0-2][0-9]:[0-5][0-9]$' AND "meeting_sessions"."ends" ~ '^[0-2][0-9]:[0-5][0-9]$' AND "meeting_sessions"."ends" > "meeting_sessions"."starts")
);
--> statement-breakpoint
CREATE TABLE "meeting_slots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"session_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	CONSTRAINT "meeting_slots_position" UNIQUE("event_id","position"),
	CONSTRAINT "meeting_slots_start" UNIQUE("event_id","starts_at"),
	CONSTRAINT "meeting_slots_ordered" CHECK ("meeting_slots"."ends_at" > "meeting_slots"."starts_at")
);
--> statement-breakpoint
CREATE TABLE "meeting_unavailability" (
	"slot_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"event_id" uuid NOT NULL,
	CONSTRAINT "meeting_unavailability_slot_id_person_id_pk" PRIMARY KEY("slot_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"request_id" uuid,
	"slot_id" uuid,
	"table_number" integer,
	"pinned" boolean DEFAULT false NOT NULL,
	"placed_by" "meeting_placed_by",
	"priority" integer DEFAULT 1 NOT NULL,
	"session_id" uuid,
	"status" "meeting_status" DEFAULT 'planned' NOT NULL,
	"outcome_by_id" uuid,
	"outcome_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meetings_request_id_unique" UNIQUE("request_id"),
	CONSTRAINT "meetings_one_per_table_and_slot" UNIQUE("slot_id","table_number"),
	CONSTRAINT "meetings_id_slot" UNIQUE("id","slot_id"),
	CONSTRAINT "meetings_placed_at_a_table" CHECK (("meetings"."slot_id" IS NULL) = ("meetings"."table_number" IS NULL)),
	CONSTRAINT "meetings_table_number" CHECK ("meetings"."table_number" IS NULL OR "meetings"."table_number" >= 1),
	CONSTRAINT "meetings_cancelled_unplaced" CHECK ("meetings"."status" <> 'cancelled' OR "meetings"."slot_id" IS NULL),
	CONSTRAINT "meetings_priority" CHECK ("meetings"."priority" >= 1)
);
--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "link" text;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calendar_feeds" ADD CONSTRAINT "calendar_feeds_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendees" ADD CONSTRAINT "meeting_attendees_meeting_id_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendees" ADD CONSTRAINT "meeting_attendees_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_attendees" ADD CONSTRAINT "meeting_attendees_meeting_slot_fk" FOREIGN KEY ("meeting_id","slot_id") REFERENCES "public"."meetings"("id","slot_id") ON DELETE cascade ON UPDATE cascade;--> statement-breakpoint
ALTER TABLE "meeting_programmes" ADD CONSTRAINT "meeting_programmes_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_requests" ADD CONSTRAINT "meeting_requests_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_requests" ADD CONSTRAINT "meeting_requests_requester_id_people_id_fk" FOREIGN KEY ("requester_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_requests" ADD CONSTRAINT "meeting_requests_recipient_id_people_id_fk" FOREIGN KEY ("recipient_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_requests" ADD CONSTRAINT "meeting_requests_session_id_meeting_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."meeting_sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_requests" ADD CONSTRAINT "meeting_requests_created_by_id_people_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_requests" ADD CONSTRAINT "meeting_requests_connection_id_connections_id_fk" FOREIGN KEY ("connection_id") REFERENCES "public"."connections"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_schedule_runs" ADD CONSTRAINT "meeting_schedule_runs_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_schedule_runs" ADD CONSTRAINT "meeting_schedule_runs_started_by_id_people_id_fk" FOREIGN KEY ("started_by_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_sessions" ADD CONSTRAINT "meeting_sessions_event_id_meeting_programmes_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."meeting_programmes"("event_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_slots" ADD CONSTRAINT "meeting_slots_event_id_meeting_programmes_event_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."meeting_programmes"("event_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_slots" ADD CONSTRAINT "meeting_slots_session_id_meeting_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."meeting_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_unavailability" ADD CONSTRAINT "meeting_unavailability_slot_id_meeting_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."meeting_slots"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_unavailability" ADD CONSTRAINT "meeting_unavailability_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_unavailability" ADD CONSTRAINT "meeting_unavailability_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_request_id_meeting_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."meeting_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_slot_id_meeting_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."meeting_slots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_session_id_meeting_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."meeting_sessions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meetings" ADD CONSTRAINT "meetings_outcome_by_id_people_id_fk" FOREIGN KEY ("outcome_by_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_requests_one_open_per_pair" ON "meeting_requests" USING btree ("event_id",least("requester_id", "recipient_id"),greatest("requester_id", "recipient_id")) WHERE "meeting_requests"."status" IN ('pending', 'accepted');--> statement-breakpoint
CREATE INDEX "meeting_requests_requester_idx" ON "meeting_requests" USING btree ("event_id","requester_id");--> statement-breakpoint
CREATE INDEX "meeting_requests_recipient_idx" ON "meeting_requests" USING btree ("event_id","recipient_id");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_schedule_runs_one_running" ON "meeting_schedule_runs" USING btree ("event_id") WHERE "meeting_schedule_runs"."status" = 'running';--> statement-breakpoint
CREATE INDEX "meeting_schedule_runs_event_idx" ON "meeting_schedule_runs" USING btree ("event_id","started_at");--> statement-breakpoint
CREATE INDEX "meeting_unavailability_person_idx" ON "meeting_unavailability" USING btree ("event_id","person_id");--> statement-breakpoint
CREATE INDEX "meetings_event_idx" ON "meetings" USING btree ("event_id");--> statement-breakpoint
-- meeting_attendees.slot_id is the attendee's meeting's slot, always: filled from the
-- meeting on every insert or update of an attendee, and set when an unplaced meeting is
-- placed (moves between slots and unplacing reach attendees through the (meeting, slot)
-- reference ON UPDATE CASCADE, whose own update passes through the first trigger). The
-- unique (person, slot) then refuses any double booking, whoever writes.
CREATE FUNCTION meeting_attendee_slot() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.slot_id := (SELECT slot_id FROM meetings WHERE id = NEW.meeting_id);
  RETURN NEW;
END $$;--> statement-breakpoint
CREATE TRIGGER "meeting_attendees_slot" BEFORE INSERT OR UPDATE ON "meeting_attendees" FOR EACH ROW EXECUTE FUNCTION meeting_attendee_slot();--> statement-breakpoint
CREATE FUNCTION meeting_placed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE meeting_attendees SET slot_id = NEW.slot_id WHERE meeting_id = NEW.id;
  RETURN NULL;
END $$;--> statement-breakpoint
CREATE TRIGGER "meetings_placed" AFTER UPDATE OF "slot_id" ON "meetings" FOR EACH ROW WHEN (OLD.slot_id IS NULL AND NEW.slot_id IS NOT NULL) EXECUTE FUNCTION meeting_placed();
