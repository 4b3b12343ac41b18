-- SessionHub JDBC store, schema version 4 (PostgreSQL 14+): text search and visibility from one
-- index, and cheaper updates of the sessions row.
-- 1. Every member of a session becomes a lexeme of its search vector: '@' and the user id when it
--    is 1-100 characters of [A-Za-z0-9._-], else '@#' and the hex SHA-256 of the id (PostgresLexemes
--    in the store; '@' cannot occur in a word). A text search asks the GIN index for its words AND
--    its viewer, so the index intersects the two posting lists instead of the plan walking all of
--    a big user's sessions newest first and checking each for the word (issue 12: 56 ms for a word
--    in 1.2% of the sessions). The larger statistics target lets the planner see the frequency of
--    every user and word that matters (10,000 most common elements instead of 1,000).
-- 2. sessions_updated (updated_at, id) is dropped: sorts and ranges by update time are served by
--    session_access; without an index on updated_at, an update that changes no indexed column
--    (a comment, a note, most edits) can be a heap-only tuple update that touches no index. The
--    fill factor leaves room on each page for such updates.
-- Instances of an older version must be stopped first: they would write vectors without members,
-- which text searches of those members would then miss.

LOCK TABLE ${prefix}sessions, ${prefix}session_access IN SHARE ROW EXCLUSIVE MODE;

DROP INDEX IF EXISTS ${prefix}sessions_updated;
ALTER TABLE ${prefix}sessions SET (fillfactor = 90);
ALTER TABLE ${prefix}sessions ALTER COLUMN search SET STATISTICS 1000;
UPDATE ${prefix}sessions s SET search = s.search || array_to_tsvector(ARRAY(
    SELECT CASE WHEN a.user_id ~ '^[A-Za-z0-9._-]{1,100}$' THEN '@' || a.user_id
                ELSE '@#' || encode(sha256(convert_to(a.user_id, 'UTF8')), 'hex') END
    FROM ${prefix}session_access a WHERE a.session_id = s.id));
