CREATE TABLE `users` (`id` integer PRIMARY KEY NOT NULL, `login` text NOT NULL);
--> statement-breakpoint
CREATE TABLE `photos` (
  `id` integer PRIMARY KEY NOT NULL,
  `slug` text NOT NULL,
  `owner_id` integer NOT NULL REFERENCES `users`(`id`),
  `status` text NOT NULL,
  `title` text NOT NULL,
  `created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `photos_slug_unique` ON `photos` (`slug`);
--> statement-breakpoint
CREATE INDEX `photos_owner_idx` ON `photos` (`owner_id`, `created_at`);
--> statement-breakpoint
CREATE TABLE `photo_tags` (`photo_id` integer NOT NULL, `tag` text NOT NULL);
