package dev.sessionhub.model;

/** Ascending or descending. */
public enum SortDirection {
  /** Smallest first. */
  ASC,
  /** Largest first. */
  DESC
}
