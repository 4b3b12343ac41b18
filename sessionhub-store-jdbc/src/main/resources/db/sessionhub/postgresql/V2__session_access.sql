-- SessionHub JDBC store, schema version 2 (PostgreSQL 14+): session_access, filled from
-- session_members (dropped by V3).
-- Every search is limited to the sessions its viewer is a member of, and the usual listing is a
-- user's sessions in update (or creation) order. V1 could only find the user's member rows and
-- then look up and sort all of their sessions (23 ms for a user in 5,453 of 1,000,000 sessions;
-- docs/benchmarks.md). session_access repeats each session's status and times in its member
-- rows, which the store rewrites on every write of the session anyway, so that one index range
-- holds a user's sessions in order, with the status to filter on.
-- The script runs in one transaction (DDL is transactional here). The lock keeps instances of the
-- previous version from writing member rows that the copy would miss.

LOCK TABLE ${prefix}sessions, ${prefix}session_members IN SHARE ROW EXCLUSIVE MODE;

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
DELETE FROM ${prefix}session_access;
INSERT INTO ${prefix}session_access (session_id, user_id, role, status, created_at, updated_at)
  SELECT m.session_id, m.user_id, m.role, s.status, s.created_at, s.updated_at
  FROM ${prefix}session_members m JOIN ${prefix}sessions s ON s.id = m.session_id;
CREATE INDEX IF NOT EXISTS ${prefix}session_access_updated
  ON ${prefix}session_access (user_id, updated_at, session_id, status);
CREATE INDEX IF NOT EXISTS ${prefix}session_access_created
  ON ${prefix}session_access (user_id, created_at, session_id, status);

-- Search words longer than 128 bytes are now stored as '#' and their SHA-256 in hex, as the
-- store queries them (PostgresLexemes): rewrite the vectors of version 1 that hold such words.
UPDATE ${prefix}sessions SET search = array_to_tsvector(ARRAY(
    SELECT CASE WHEN octet_length(l) > 128 THEN '#' || encode(sha256(convert_to(l, 'UTF8')), 'hex') ELSE l END
    FROM unnest(tsvector_to_array(search)) AS l))
  WHERE EXISTS (SELECT 1 FROM unnest(tsvector_to_array(search)) AS l WHERE octet_length(l) > 128);
