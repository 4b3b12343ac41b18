package dev.sessionhub.examples.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The example app's own settings, prefix {@code example}: where its data lives and who may sign
 * in. The defaults are the demo users {@code alice}, {@code bob} and {@code carol}, each with the
 * password {@code demo}; change them before the app is reachable by anyone else.
 */
@ConfigurationProperties("example")
public class ExampleProperties {

  private String dataDir = "./sessionhub-data";
  private List<String> users = new ArrayList<>(List.of("alice", "bob", "carol"));
  private String password = ExampleSecurity.DEMO_PASSWORD;
  private Map<String, String> passwords = new LinkedHashMap<>();

  /** Spring binds the properties. */
  public ExampleProperties() {}

  /**
   * The directory of the H2 database file and the attachment root, relative to the working
   * directory unless absolute.
   *
   * @return the data directory; default {@code ./sessionhub-data}
   */
  public String getDataDir() {
    return dataDir;
  }

  /**
   * Sets the data directory.
   *
   * @param dataDir the directory
   */
  public void setDataDir(String dataDir) {
    this.dataDir = dataDir;
  }

  /**
   * The names of the users who may sign in ({@code example.users=ann,ben} replaces the demo users).
   *
   * @return the user names; default alice, bob, carol
   */
  public List<String> getUsers() {
    return users;
  }

  /**
   * Sets the user names.
   *
   * @param users the names
   */
  public void setUsers(List<String> users) {
    this.users = users;
  }

  /**
   * The password of every user that {@link #getPasswords()} does not name.
   *
   * @return the shared password; default {@code demo}
   */
  public String getPassword() {
    return password;
  }

  /**
   * Sets the shared password.
   *
   * @param password the password
   */
  public void setPassword(String password) {
    this.password = password;
  }

  /**
   * A password per user ({@code example.passwords.alice=...}), over the shared one.
   *
   * @return user name to password
   */
  public Map<String, String> getPasswords() {
    return passwords;
  }

  /**
   * Sets the passwords per user.
   *
   * @param passwords user name to password
   */
  public void setPasswords(Map<String, String> passwords) {
    this.passwords = passwords;
  }
}
