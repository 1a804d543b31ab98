CREATE TYPE "public"."match_verdict" AS ENUM('dismissed', 'saved');--> statement-breakpoint
CREATE TABLE "match_feedback" (
	"person_id" uuid NOT NULL,
	"challenge_id" uuid NOT NULL,
	"solution_id" uuid NOT NULL,
	"verdict" "match_verdict" NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "match_feedback_person_id_challenge_id_solution_id_pk" PRIMARY KEY("person_id","challenge_id","solution_id")
);
--> statement-breakpoint
ALTER TABLE "match_feedback" ADD CONSTRAINT "match_feedback_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_feedback" ADD CONSTRAINT "match_feedback_challenge_id_challenges_id_fk" FOREIGN KEY ("challenge_id") REFERENCES "public"."challenges"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "match_feedback" ADD CONSTRAINT "match_feedback_solution_id_solutions_id_fk" FOREIGN KEY ("solution_id") REFERENCES "public"."solutions"("id") ON DELETE cascade ON UPDATE no action;