CREATE TABLE `users` (`id` integer PRIMARY KEY NOT NULL, `email` text NOT NULL, `created_at` integer NOT NULL, `plan` text);
--> statement-breakpoint
CREATE TABLE `posts` (`id` integer PRIMARY KEY NOT NULL, `author_id` integer NOT NULL, `title` text, `published_at` integer);
