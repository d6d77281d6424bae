CREATE TABLE `notes` (
  `id` integer PRIMARY KEY NOT NULL,
  `owner_id` integer NOT NULL,
  `visibility` text NOT NULL,
  `title` text NOT NULL,
  `created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `tags` (
  `note_id` integer NOT NULL,
  `label` text NOT NULL
);
