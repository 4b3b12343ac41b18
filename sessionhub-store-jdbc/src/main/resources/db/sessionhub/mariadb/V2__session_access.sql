-- SessionHub JDBC store, schema version 2 (MariaDB 10.6+, MySQL 8): session_access, filled from
-- session_members (dropped by V3).
-- Every search is limited to the sessions its viewer is a member of, and the usual listing is a
-- user's sessions in update (or creation) order. V1 could only find the user's member rows and
-- then look up and sort all of their sessions. session_access repeats each session's status and
-- times in its member rows, which the store rewrites on every write of the session anyway, so
-- that one index range holds a user's sessions in order, with the status to filter on.
-- DDL is not transactional here, so the script can run again after failing part-way: the table is
-- created if missing and its rows copied afresh; session_members is dropped only by V3.

CREATE TABLE IF NOT EXISTS ${prefix}session_access (
  session_id VARCHAR(255) NOT NULL,
  user_id    VARCHAR(255) NOT NULL,
  role       VARCHAR(20) NOT NULL,
  status     VARCHAR(20) NOT NULL,
  created_at DECIMAL(30,0) NOT NULL,
  updated_at DECIMAL(30,0) NOT NULL,
  CONSTRAINT ${prefix}session_access_pk PRIMARY KEY (session_id, user_id),
  INDEX ${prefix}session_access_updated (user_id, updated_at, session_id, status),
  INDEX ${prefix}session_access_created (user_id, created_at, session_id, status),
  CONSTRAINT ${prefix}session_access_fk FOREIGN KEY (session_id) REFERENCES ${prefix}sessions (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=${collation};

DELETE FROM ${prefix}session_access;

INSERT INTO ${prefix}session_access (session_id, user_id, role, status, created_at, updated_at)
  SELECT m.session_id, m.user_id, m.role, s.status, s.created_at, s.updated_at
  FROM ${prefix}session_members m JOIN ${prefix}sessions s ON s.id = m.session_id;
