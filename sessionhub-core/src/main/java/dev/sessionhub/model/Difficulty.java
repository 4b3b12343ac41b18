package dev.sessionhub.model;

/** How hard a session or template is, from easiest to hardest. */
public enum Difficulty {
  /** New to the area. */
  BEGINNER,
  /** Knows the basics. */
  INTERMEDIATE,
  /** Experienced. */
  ADVANCED,
  /** Deep specialist work. */
  EXPERT
}
