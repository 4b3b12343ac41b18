-- SessionHub JDBC store, schema version 4 (H2 2.x): sessions_updated is dropped.
-- Sorts and ranges by update time are served by session_access; one index fewer to update on
-- every write of a session. (The member lexemes of this version are PostgreSQL's only.)

DROP INDEX IF EXISTS ${prefix}sessions_updated;
