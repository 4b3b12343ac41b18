-- SessionHub JDBC store, schema version 2 (PostgreSQL 14+): session_members becomes session_access.
-- Every search is limited to the sessions its viewer is a member of, and the usual listing is a
-- user's sessions in update (or creation) order. V1 could only find the user's member rows and
-- then look up and sort all of their sessions (23 ms for a user in 5,453 of 1,000,000 sessions;
-- docs/benchmarks.md). session_access repeats each session's status and times in its member
-- rows, which the store rewrites on every write of the session anyway, so that one index range
-- holds a user's sessions in order, with the status to filter on.
-- The script runs in one transaction (DDL is transactional here).

CREATE TABLE IF NOT EXISTS ${prefix}session_access (
  session_id TEXT COLLATE "C" NOT NULL,
  user_id    TEXT COLLATE "C" NOT NULL,
  role       VARCHAR(20) NOT NULL,
  status     VARCHAR(20) NOT NULL,
  created_at NUMERIC(30,0) NOT NULL,
  updated_at NUMERIC(30,0) NOT NULL,
  CONSTRAINT ${prefix}session_access_pk PRIMARY KEY (session_id, user_id),
  CONSTRAINT ${prefix}session_access_fk FOREIGN KEY (session_id) REFERENCES ${prefix}sessions (id)
);
CREATE INDEX IF NOT EXISTS ${prefix}session_access_updated
  ON ${prefix}session_access (user_id, updated_at, session_id, status);
CREATE INDEX IF NOT EXISTS ${prefix}session_access_created
  ON ${prefix}session_access (user_id, created_at, session_id, status);

INSERT INTO ${prefix}session_access (session_id, user_id, role, status, created_at, updated_at)
  SELECT m.session_id, m.user_id, m.role, s.status, s.created_at, s.updated_at
  FROM ${prefix}session_members m JOIN ${prefix}sessions s ON s.id = m.session_id
  ON CONFLICT DO NOTHING;

DROP TABLE ${prefix}session_members;
