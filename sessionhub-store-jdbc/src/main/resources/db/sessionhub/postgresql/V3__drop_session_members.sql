-- SessionHub JDBC store, schema version 3 (PostgreSQL 14+): session_members, copied into
-- session_access by V2, is no longer used.

DROP TABLE IF EXISTS ${prefix}session_members;
