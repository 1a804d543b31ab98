CREATE TYPE "public"."connection_status" AS ENUM('requested', 'accepted', 'declined', 'withdrawn', 'met', 'intention', 'contracted', 'closed');--> statement-breakpoint
CREATE TYPE "public"."connection_side" AS ENUM('requester', 'recipient');--> statement-breakpoint
CREATE TABLE "connection_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"connection_id" uuid NOT NULL,
	"action" text NOT NULL,
	"from_status" "connection_status",
	"to_status" "connection_status" NOT NULL,
	"by_person_id" uuid,
	"by_organization_id" uuid,
	"note" text DEFAULT '' NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "connections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"requester_organization_id" uuid NOT NULL,
	"recipient_organization_id" uuid NOT NULL,
	"challenge_id" uuid,
	"solution_id" uuid,
	"event_id" uuid,
	"status" "connection_status" DEFAULT 'requested' NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"requested_by_id" uuid,
	"pending_intention_by" "connection_side",
	"pending_contract_by" "connection_side",
	"intention_on" date,
	"intention_document_url" text,
	"contract_value" numeric(16, 2),
	"contract_currency" text,
	"contract_signed_on" date,
	"contract_scope" text,
	"closed_reason" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "connections_two_parties" CHECK ("connections"."requester_organization_id" <> "connections"."recipient_organization_id"),
	CONSTRAINT "connections_contract_value" CHECK ("connections"."contract_value" IS NULL OR ("connections"."contract_value" >= 0 AND "connections"."contract_currency" ~ '^[A-Z]{3}$' AND "connections"."contract_signed_on" IS NOT NULL)),
	CONSTRAINT "connections_contracted_has_contract" CHECK ("connections"."status" <> 'contracted' OR "connections"."contract_value" IS NOT NULL),
	CONSTRAINT "connections_intention_has_date" CHECK ("connections"."status" NOT IN ('intention') OR "connections"."intention_on" IS NOT NULL),
	CONSTRAINT "connections_closed_has_reason" CHECK ("connections"."status" <> 'closed' OR "connections"."closed_reason" IS NOT NULL)
);
--> statement-breakpoint
CREATE TABLE "exchange_rates" (
	"currency" text NOT NULL,
	"valid_from" date NOT NULL,
	"usd_per_unit" numeric(20, 10) NOT NULL,
	CONSTRAINT "exchange_rates_currency_valid_from_pk" PRIMARY KEY("currency","valid_from"),
	CONSTRAINT "exchange_rates_currency_iso" CHECK ("exchange_rates"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "exchange_rates_positive" CHECK ("exchange_rates"."usd_per_unit" > 0)
);
--> statement-breakpoint
CREATE TABLE "notifications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"connection_id" uuid,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"read_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "connection_steps" ADD CONSTRAINT "connection_steps_connection_id_connections_id_fk" FOREIGN KEY ("connection_id") REFERENCES "public"."connections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connection_steps" ADD CONSTRAINT "connection_steps_by_person_id_people_id_fk" FOREIGN KEY ("by_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connection_steps" ADD CONSTRAINT "connection_steps_by_organization_id_organizations_id_fk" FOREIGN KEY ("by_organization_id") REFERENCES "public"."organizations"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connections" ADD CONSTRAINT "connections_requester_organization_id_organizations_id_fk" FOREIGN KEY ("requester_organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connections" ADD CONSTRAINT "connections_recipient_organization_id_organizations_id_fk" FOREIGN KEY ("recipient_organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connections" ADD CONSTRAINT "connections_challenge_id_challenges_id_fk" FOREIGN KEY ("challenge_id") REFERENCES "public"."challenges"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connections" ADD CONSTRAINT "connections_solution_id_solutions_id_fk" FOREIGN KEY ("solution_id") REFERENCES "public"."solutions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connections" ADD CONSTRAINT "connections_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "connections" ADD CONSTRAINT "connections_requested_by_id_people_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_connection_id_connections_id_fk" FOREIGN KEY ("connection_id") REFERENCES "public"."connections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "connection_steps_connection_idx" ON "connection_steps" USING btree ("connection_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "connections_one_open_per_pair_and_subject" ON "connections" USING btree (least("requester_organization_id", "recipient_organization_id"),greatest("requester_organization_id", "recipient_organization_id"),coalesce("challenge_id", '00000000-0000-0000-0000-000000000000'::uuid),coalesce("solution_id", '00000000-0000-0000-0000-000000000000'::uuid)) WHERE "connections"."status" IN ('requested', 'accepted', 'met', 'intention');--> statement-breakpoint
CREATE INDEX "connections_requester_idx" ON "connections" USING btree ("requester_organization_id","created_at");--> statement-breakpoint
CREATE INDEX "connections_recipient_idx" ON "connections" USING btree ("recipient_organization_id","created_at");--> statement-breakpoint
CREATE INDEX "connections_event_idx" ON "connections" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "notifications_person_idx" ON "notifications" USING btree ("person_id","created_at");