-- SessionHub JDBC store, schema version 2 (H2 2.x): session_access, filled from session_members
-- (dropped by V3).
-- Every search is limited to the sessions its viewer is a member of, and the usual listing is a
-- user's sessions in update (or creation) order. session_access repeats each session's status
-- and times in its member rows, which the store rewrites on every write of the session anyway,
-- so that one index range holds a user's sessions in order, with the status to filter on.
-- The script can run again after failing part-way: the table is created if missing and its rows
-- copied afresh; session_members is dropped only by V3.

CREATE TABLE IF NOT EXISTS ${prefix}session_access (
  session_id VARCHAR(255) NOT NULL,
  user_id    VARCHAR(255) NOT NULL,
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

DELETE FROM ${prefix}session_access;

INSERT INTO ${prefix}session_access (session_id, user_id, role, status, created_at, updated_at)
  SELECT m.session_id, m.user_id, m.role, s.status, s.created_at, s.updated_at
  FROM ${prefix}session_members m JOIN ${prefix}sessions s ON s.id = m.session_id;
