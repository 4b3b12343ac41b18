package dev.sessionhub.spring.web.internal;

/** The {@code type} URIs of SessionHub's problem documents; {@code about:blank} for plain HTTP errors. */
final class ProblemTypes {

  static final String BLANK = "about:blank";
  private static final String BASE = "urn:sessionhub:problem:";
  static final String VALIDATION = BASE + "validation";
  static final String NOT_FOUND = BASE + "not-found";
  static final String ACCESS_DENIED = BASE + "access-denied";
  static final String UNAUTHENTICATED = BASE + "unauthenticated";
  static final String CONFLICT = BASE + "version-conflict";
  static final String DUPLICATE = BASE + "duplicate-id";
  static final String ILLEGAL_TRANSITION = BASE + "illegal-transition";
  static final String UNAVAILABLE = BASE + "store-unavailable";
  static final String CLOSED = BASE + "hub-closed";
  static final String TOO_LARGE = BASE + "too-large";
  static final String PRECONDITION_REQUIRED = BASE + "precondition-required";
  static final String INTERNAL = BASE + "internal";

  private ProblemTypes() {}
}
