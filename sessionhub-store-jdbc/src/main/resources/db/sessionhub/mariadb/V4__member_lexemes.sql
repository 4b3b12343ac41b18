-- SessionHub JDBC store, schema version 4 (MariaDB 10.6+, MySQL 8): sessions_updated is dropped.
-- Sorts and ranges by update time are served by session_access; one index fewer to update on
-- every write of a session. (The member lexemes of this version are PostgreSQL's only.)

ALTER TABLE ${prefix}sessions DROP INDEX ${prefix}sessions_updated;
