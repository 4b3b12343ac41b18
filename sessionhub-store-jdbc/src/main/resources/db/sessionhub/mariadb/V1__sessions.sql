-- SessionHub JDBC store, schema version 1 (MariaDB 10.6+).
-- ${prefix} is the table prefix (Flyway: placeholders.prefix). Unqualified names: the migration
-- runs with the target database as the current one (Flyway: defaultSchema).
-- Times are epoch nanoseconds in DECIMAL(30,0): exact for every Instant, ordered like Instant.
-- Binary no-pad collation: ids are case- and trailing-space-sensitive and sort by code point.
-- words: the session's search words, space-separated with a leading and trailing space, under a
-- FULLTEXT index (see docs/jdbc-store.md for the exact-word condition combined with it).
-- Indexes are declared inline because MySQL has no CREATE INDEX IF NOT EXISTS.

CREATE TABLE IF NOT EXISTS ${prefix}sessions (
  id          VARCHAR(255) NOT NULL,
  version     BIGINT NOT NULL,
  status      VARCHAR(20) NOT NULL,
  type        VARCHAR(20) NOT NULL,
  priority    INT NOT NULL,
  owner_id    VARCHAR(255) NOT NULL,
  template_id VARCHAR(255),
  created_at  DECIMAL(30,0) NOT NULL,
  updated_at  DECIMAL(30,0) NOT NULL,
  archived_at DECIMAL(30,0),
  progress    DOUBLE NOT NULL,
  name_key    VARCHAR(400) NOT NULL,
  words       LONGTEXT NOT NULL,
  document    LONGTEXT NOT NULL,
  CONSTRAINT ${prefix}sessions_pk PRIMARY KEY (id),
  INDEX ${prefix}sessions_updated (updated_at, id),
  INDEX ${prefix}sessions_created (created_at, id),
  INDEX ${prefix}sessions_priority (priority, id),
  INDEX ${prefix}sessions_progress (progress, id),
  INDEX ${prefix}sessions_name (name_key, id),
  INDEX ${prefix}sessions_owner (owner_id),
  INDEX ${prefix}sessions_template (template_id),
  INDEX ${prefix}sessions_archived (archived_at, id),
  FULLTEXT INDEX ${prefix}sessions_words (words)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=${collation};

CREATE TABLE IF NOT EXISTS ${prefix}session_members (
  session_id VARCHAR(255) NOT NULL,
  user_id    VARCHAR(255) NOT NULL,
  role       VARCHAR(20) NOT NULL,
  CONSTRAINT ${prefix}session_members_pk PRIMARY KEY (session_id, user_id),
  INDEX ${prefix}session_members_user (user_id, session_id),
  CONSTRAINT ${prefix}session_members_fk FOREIGN KEY (session_id) REFERENCES ${prefix}sessions (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=${collation};

CREATE TABLE IF NOT EXISTS ${prefix}session_tags (
  session_id VARCHAR(255) NOT NULL,
  tag        VARCHAR(255) NOT NULL,
  CONSTRAINT ${prefix}session_tags_pk PRIMARY KEY (session_id, tag),
  INDEX ${prefix}session_tags_tag (tag, session_id),
  CONSTRAINT ${prefix}session_tags_fk FOREIGN KEY (session_id) REFERENCES ${prefix}sessions (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=${collation};

CREATE TABLE IF NOT EXISTS ${prefix}comments (
  session_id VARCHAR(255) NOT NULL,
  number     BIGINT NOT NULL,
  id         VARCHAR(255) NOT NULL,
  document   LONGTEXT NOT NULL,
  CONSTRAINT ${prefix}comments_pk PRIMARY KEY (session_id, number),
  CONSTRAINT ${prefix}comments_id UNIQUE (session_id, id),
  CONSTRAINT ${prefix}comments_fk FOREIGN KEY (session_id) REFERENCES ${prefix}sessions (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=${collation};

CREATE TABLE IF NOT EXISTS ${prefix}activity (
  seq             BIGINT NOT NULL AUTO_INCREMENT,
  session_id      VARCHAR(255) NOT NULL,
  session_version BIGINT NOT NULL,
  actor           LONGTEXT NOT NULL,
  action          LONGTEXT NOT NULL,
  occurred_at     VARCHAR(40) NOT NULL,
  delta           LONGTEXT NOT NULL,
  CONSTRAINT ${prefix}activity_pk PRIMARY KEY (seq),
  INDEX ${prefix}activity_session (session_id, seq),
  CONSTRAINT ${prefix}activity_fk FOREIGN KEY (session_id) REFERENCES ${prefix}sessions (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=${collation};

CREATE TABLE IF NOT EXISTS ${prefix}templates (
  id       VARCHAR(255) NOT NULL,
  version  INT NOT NULL,
  document LONGTEXT NOT NULL,
  CONSTRAINT ${prefix}templates_pk PRIMARY KEY (id, version)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=${collation};
