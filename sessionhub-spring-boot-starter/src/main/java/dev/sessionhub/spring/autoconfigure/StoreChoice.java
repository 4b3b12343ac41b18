package dev.sessionhub.spring.autoconfigure;

import dev.sessionhub.spi.SessionStore;

/** Which store the JDBC auto-configuration built, and why: for the one log line at start. */
record StoreChoice(SessionStore sessionStore, String description) {}
