package dev.sessionhub.spring.autoconfigure;

import dev.sessionhub.spi.SessionStore;
import dev.sessionhub.spi.TemplateStore;
import dev.sessionhub.store.jdbc.JdbcStores;
import dev.sessionhub.store.jdbc.Migration;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Arrays;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.NoSuchBeanDefinitionException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DatabaseInitializationDependencyConfigurer;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

/**
 * Keeps sessions and templates in the application's {@link DataSource} through
 * {@code sessionhub-store-jdbc} (PostgreSQL, MariaDB/MySQL or H2): the primary DataSource, or the
 * one named by {@code sessionhub.jdbc.data-source}. Runs after the application's own database
 * initialisation: after the DataSource, Flyway and Liquibase auto-configurations, and the
 * {@link JdbcStores} bean depends on every database initializer bean (Flyway, Liquibase, SQL
 * scripts), so the host's migrations have run when the store migrates its tables. Off with
 * {@code sessionhub.jdbc.enabled=false}; each bean gives way to a host bean of its type.
 */
@AutoConfiguration(before = SessionHubAutoConfiguration.class, afterName = {
    "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
    "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
    "org.springframework.boot.liquibase.autoconfigure.LiquibaseAutoConfiguration"})
@ConditionalOnClass({JdbcStores.class, DataSource.class})
@ConditionalOnBean(DataSource.class)
@ConditionalOnProperty(prefix = "sessionhub.jdbc", name = "enabled", matchIfMissing = true)
@EnableConfigurationProperties(SessionHubProperties.class)
@Import(DatabaseInitializationDependencyConfigurer.class)
public class SessionHubJdbcAutoConfiguration {

  /** Creates the auto-configuration; Spring calls this. */
  public SessionHubJdbcAutoConfiguration() {}

  /**
   * The JDBC stores, built (and migrated, unless {@code sessionhub.jdbc.migrate=false}) after the
   * application's database initializers.
   *
   * @param beans where the DataSource is looked up
   * @param properties the {@code sessionhub.*} properties
   * @return the stores
   */
  @Bean
  @ConditionalOnMissingBean
  @DependsOnDatabaseInitialization
  public JdbcStores sessionHubJdbcStores(ListableBeanFactory beans, SessionHubProperties properties) {
    SessionHubProperties.Jdbc jdbc = properties.getJdbc();
    return JdbcStores.builder(chosen(beans, jdbc).dataSource())
        .tablePrefix(jdbc.getTablePrefix())
        .schema(jdbc.getSchema())
        .migration(jdbc.isMigrate() ? Migration.CREATE_OR_UPGRADE : Migration.SKIP)
        .queryTimeout(jdbc.getQueryTimeout())
        .build();
  }

  /**
   * The session store of {@link #sessionHubJdbcStores}.
   *
   * @param stores the JDBC stores
   * @return their session store
   */
  @Bean
  @ConditionalOnMissingBean
  public SessionStore sessionHubSessionStore(JdbcStores stores) {
    return stores.sessionStore();
  }

  /**
   * The template store of {@link #sessionHubJdbcStores}.
   *
   * @param stores the JDBC stores
   * @return their template store
   */
  @Bean
  @ConditionalOnMissingBean
  public TemplateStore sessionHubTemplateStore(JdbcStores stores) {
    return stores.templateStore();
  }

  @Bean
  StoreChoice sessionHubStoreChoice(ListableBeanFactory beans, SessionHubProperties properties, JdbcStores stores) {
    Chosen chosen = chosen(beans, properties.getJdbc());
    String tables = properties.getJdbc().getSchema() == null ? "" : properties.getJdbc().getSchema() + ".";
    return new StoreChoice(stores.sessionStore(), "JDBC (" + product(chosen.dataSource()) + ") on DataSource '"
        + chosen.name() + "', tables " + tables + properties.getJdbc().getTablePrefix() + "*, "
        + (properties.getJdbc().isMigrate() ? "migrated at start" : "migrations left to the application")
        + ": " + chosen.why());
  }

  /**
   * The purge lock shared by every instance on the database: a lease row in
   * {@code <prefix>scheduler_locks}.
   *
   * @param beans where the DataSource is looked up
   * @param properties the {@code sessionhub.*} properties
   * @param clock the application's {@link Clock} bean if it has exactly one
   * @return the lock
   */
  @Bean
  @ConditionalOnMissingBean
  public PurgeLock sessionHubPurgeLock(ListableBeanFactory beans, SessionHubProperties properties,
      ObjectProvider<Clock> clock) {
    SessionHubProperties.Jdbc jdbc = properties.getJdbc();
    String table = (jdbc.getSchema() == null ? "" : jdbc.getSchema() + ".") + jdbc.getTablePrefix() + "scheduler_locks";
    String instance = properties.getInstanceId() == null ? "instance" : properties.getInstanceId();
    return new JdbcPurgeLock(chosen(beans, jdbc).dataSource(), table, clock.getIfUnique(Clock::systemUTC), instance);
  }

  /**
   * Sessions by status counted in the sessions table, for the status gauges.
   *
   * @param beans where the DataSource is looked up
   * @param properties the {@code sessionhub.*} properties
   * @param stores the stores, built first so that the table exists
   * @return the counter
   */
  @Bean
  @ConditionalOnMissingBean
  public SessionStatusCounter sessionHubStatusCounter(ListableBeanFactory beans, SessionHubProperties properties,
      JdbcStores stores) {
    SessionHubProperties.Jdbc jdbc = properties.getJdbc();
    String table = (jdbc.getSchema() == null ? "" : jdbc.getSchema() + ".") + jdbc.getTablePrefix() + "sessions";
    return new JdbcSessionStatusCounter(chosen(beans, jdbc).dataSource(), table);
  }

  private record Chosen(String name, DataSource dataSource, String why) {}

  private static Chosen chosen(ListableBeanFactory beans, SessionHubProperties.Jdbc jdbc) {
    String named = jdbc.getDataSource();
    if (named != null && !named.isBlank()) {
      try {
        return new Chosen(named, beans.getBean(named, DataSource.class), "named by sessionhub.jdbc.data-source");
      } catch (NoSuchBeanDefinitionException e) {
        throw new IllegalStateException("sessionhub.jdbc.data-source names '" + named
            + "', but there is no DataSource bean of that name; DataSource beans: "
            + Arrays.toString(beans.getBeanNamesForType(DataSource.class)), e);
      }
    }
    Map<String, DataSource> all = beans.getBeansOfType(DataSource.class);
    if (all.size() == 1) {
      Map.Entry<String, DataSource> only = all.entrySet().iterator().next();
      return new Chosen(only.getKey(), only.getValue(), "the application's DataSource");
    }
    try {
      DataSource primary = beans.getBeanProvider(DataSource.class).getObject();
      String name = all.entrySet().stream().filter(e -> e.getValue() == primary).map(Map.Entry::getKey)
          .findFirst().orElse("?");
      return new Chosen(name, primary, "the application's primary DataSource");
    } catch (RuntimeException e) {
      throw new IllegalStateException("SessionHub found " + all.size() + " DataSource beans " + all.keySet()
          + " and none is primary: set sessionhub.jdbc.data-source to the bean name of the one to use,"
          + " or sessionhub.jdbc.enabled=false to keep sessions in memory (" + e.getMessage() + ")");
    }
  }

  private static String product(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
    } catch (SQLException e) {
      return "database not reachable now";
    }
  }
}
