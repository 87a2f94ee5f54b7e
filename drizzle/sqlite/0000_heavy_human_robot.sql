CREATE TABLE `api_tokens` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`name` text NOT NULL,
	`token_hash` text NOT NULL,
	`last_used_at` integer,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`revoked_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_tokens_hash_idx` ON `api_tokens` (`token_hash`);--> statement-breakpoint
CREATE INDEX `api_tokens_user_idx` ON `api_tokens` (`user_id`);--> statement-breakpoint
CREATE TABLE `chart_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`chart_id` text NOT NULL,
	`version` integer NOT NULL,
	`spec` text NOT NULL,
	`data_key` text,
	`prompt` text NOT NULL,
	`message` text,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`chart_id`) REFERENCES `charts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `chart_versions_chart_version_idx` ON `chart_versions` (`chart_id`,`version`);--> statement-breakpoint
CREATE TABLE `charts` (
	`id` text PRIMARY KEY NOT NULL,
	`slug` text NOT NULL,
	`owner_id` text NOT NULL,
	`title` text NOT NULL,
	`description` text,
	`prompt` text NOT NULL,
	`spec` text NOT NULL,
	`mark` text NOT NULL,
	`dataset_id` text,
	`data_key` text,
	`visibility` text DEFAULT 'private' NOT NULL,
	`fork_of` text,
	`current_version` integer DEFAULT 1 NOT NULL,
	`views` integer DEFAULT 0 NOT NULL,
	`tags` text DEFAULT '[]' NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`dataset_id`) REFERENCES `datasets`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`fork_of`) REFERENCES `charts`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `charts_slug_idx` ON `charts` (`slug`);--> statement-breakpoint
CREATE INDEX `charts_gallery_new_idx` ON `charts` (`visibility`,`created_at`);--> statement-breakpoint
CREATE INDEX `charts_gallery_views_idx` ON `charts` (`visibility`,`views`);--> statement-breakpoint
CREATE INDEX `charts_owner_idx` ON `charts` (`owner_id`,`updated_at`);--> statement-breakpoint
CREATE INDEX `charts_dataset_idx` ON `charts` (`dataset_id`);--> statement-breakpoint
CREATE TABLE `datasets` (
	`id` text PRIMARY KEY NOT NULL,
	`owner_id` text,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`title` text NOT NULL,
	`title_zh` text,
	`source` text NOT NULL,
	`file_key` text NOT NULL,
	`format` text NOT NULL,
	`row_count` integer NOT NULL,
	`size_bytes` integer NOT NULL,
	`profile` text NOT NULL,
	`deleted_at` integer,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`owner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `datasets_slug_idx` ON `datasets` (`slug`);--> statement-breakpoint
CREATE INDEX `datasets_owner_idx` ON `datasets` (`owner_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `generation_events` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text,
	`engine` text NOT NULL,
	`ok` integer NOT NULL,
	`mark` text,
	`ms` integer NOT NULL,
	`prompt_chars` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `generation_events_created_idx` ON `generation_events` (`created_at`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`expires_at` integer NOT NULL,
	`user_agent` text,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE INDEX `sessions_expires_idx` ON `sessions` (`expires_at`);--> statement-breakpoint
CREATE TABLE `templates` (
	`id` text PRIMARY KEY NOT NULL,
	`dataset_slug` text NOT NULL,
	`title_en` text NOT NULL,
	`title_zh` text NOT NULL,
	`prompt_en` text NOT NULL,
	`prompt_zh` text NOT NULL,
	`sort` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE INDEX `templates_sort_idx` ON `templates` (`sort`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`display_name` text,
	`password_hash` text,
	`locale` text DEFAULT 'en' NOT NULL,
	`is_admin` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (unixepoch() * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch() * 1000) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_idx` ON `users` (`email`);--> statement-breakpoint
CREATE UNIQUE INDEX `users_name_idx` ON `users` (`name`);