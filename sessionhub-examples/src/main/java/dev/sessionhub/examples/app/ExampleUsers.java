package dev.sessionhub.examples.app;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The checked reading of {@link ExampleProperties}' users: a mistake stops the app at start. */
final class ExampleUsers {

  private ExampleUsers() {}

  static List<String> names(ExampleProperties properties) {
    Set<String> names = new LinkedHashSet<>();
    for (String name : properties.getUsers()) {
      String trimmed = name == null ? "" : name.strip();
      if (trimmed.isEmpty()) {
        throw new IllegalStateException("example.users holds a blank user name: " + properties.getUsers());
      }
      if (!names.add(trimmed)) {
        throw new IllegalStateException("example.users names " + trimmed + " twice");
      }
    }
    if (names.isEmpty()) {
      throw new IllegalStateException("example.users is empty: name at least one user");
    }
    for (String named : properties.getPasswords().keySet()) {
      if (!names.contains(named)) {
        throw new IllegalStateException("example.passwords." + named + " names no user of example.users " + names);
      }
    }
    return List.copyOf(names);
  }

  static String password(ExampleProperties properties, String name) {
    String password = properties.getPasswords().getOrDefault(name, properties.getPassword());
    if (password == null || password.isBlank()) {
      throw new IllegalStateException("the password of " + name + " is blank: set example.passwords." + name
          + " or example.password");
    }
    return password;
  }
}
