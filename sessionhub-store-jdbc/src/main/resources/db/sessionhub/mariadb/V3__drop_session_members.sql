-- SessionHub JDBC store, schema version 3 (MariaDB 10.6+, MySQL 8): session_members, copied into
-- session_access by V2, is no longer used.

DROP TABLE IF EXISTS ${prefix}session_members;
