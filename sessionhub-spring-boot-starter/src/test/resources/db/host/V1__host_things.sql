CREATE TABLE host_things (id INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL);
INSERT INTO host_things (id, name) VALUES (1, 'the host was here first');
