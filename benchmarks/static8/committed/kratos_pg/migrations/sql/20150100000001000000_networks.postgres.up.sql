CREATE TABLE "networks" (
"id" UUID NOT NULL,
PRIMARY KEY("id"),
"created_at" timestamp NOT NULL,
"updated_at" timestamp NOT NULL
);