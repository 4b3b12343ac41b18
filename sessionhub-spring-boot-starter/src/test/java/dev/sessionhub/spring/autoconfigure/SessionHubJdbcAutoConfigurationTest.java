package dev.sessionhub.spring.autoconfigure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sessionhub.NewSession;
import dev.sessionhub.SessionHub;
import dev.sessionhub.model.Session;
import dev.sessionhub.spi.SessionStore;
import dev.sessionhub.spi.TemplateStore;
import dev.sessionhub.store.jdbc.JdbcStores;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The JDBC store on the application's DataSource, for real on H2. */
@ExtendWith(OutputCaptureExtension.class)
class SessionHubJdbcAutoConfigurationTest {

  private final ApplicationContextRunner runner = new ApplicationContextRunner()
      .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class,
          SessionHubJdbcAutoConfiguration.class, SessionHubAutoConfiguration.class));

  private static String h2Url() {
    return "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
  }

  private static int rows(DataSource ds, String table) {
    Integer n = new JdbcTemplate(ds).queryForObject("SELECT COUNT(*) FROM " + table, Integer.class);
    return n == null ? -1 : n;
  }

  @Test
  @DisplayName("the application's H2 DataSource: a session created through the hub is in its tables and reads back")
  void h2DataSource(CapturedOutput output) {
    runner.withPropertyValues("spring.datasource.url=" + h2Url()).run(ctx -> {
      assertThat(ctx).hasSingleBean(JdbcStores.class).hasSingleBean(SessionStore.class)
          .hasSingleBean(TemplateStore.class);
      assertThat(ctx.getBean(PurgeLock.class)).isInstanceOf(JdbcPurgeLock.class);
      SessionHub hub = ctx.getBean(SessionHub.class);
      Session s = hub.create("ann", NewSession.named("Stored in H2"));
      assertThat(rows(ctx.getBean(DataSource.class), "sh_sessions")).isEqualTo(1);
      assertThat(ctx.getBean(SessionStore.class).find(s.id())).get().extracting(Session::name).isEqualTo("Stored in H2");
      assertThat(hub.get("ann", s.id()).version()).isEqualTo(s.version());
    });
    assertThat(output).contains("SessionHub store: JDBC (H2 ").contains("on DataSource 'dataSource'")
        .contains("the application's DataSource");
  }

  @Test
  @DisplayName("sessionhub.jdbc.table-prefix and schema name the tables")
  void prefixAndSchema() {
    runner.withPropertyValues("spring.datasource.url=" + h2Url(), "sessionhub.jdbc.table-prefix=hub_",
        "sessionhub.jdbc.schema=work").run(ctx -> {
          ctx.getBean(SessionHub.class).create("ann", NewSession.named("x"));
          assertThat(rows(ctx.getBean(DataSource.class), "work.hub_sessions")).isEqualTo(1);
        });
  }

  @Configuration(proxyBeanMethods = false)
  static class TwoDataSources {
    @Bean
    DataSource first() {
      return h2(h2Url());
    }

    @Bean
    DataSource second() {
      return h2(h2Url());
    }
  }

  static DataSource h2(String url) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(url);
    ds.setUser("sa");
    return ds;
  }

  @Test
  @DisplayName("sessionhub.jdbc.data-source picks one of two DataSources; the other stays untouched")
  void namedDataSource(CapturedOutput output) {
    runner.withUserConfiguration(TwoDataSources.class).withPropertyValues("sessionhub.jdbc.data-source=second")
        .run(ctx -> {
          ctx.getBean(SessionHub.class).create("ann", NewSession.named("x"));
          assertThat(rows(ctx.getBean("second", DataSource.class), "sh_sessions")).isEqualTo(1);
          Integer tables = new JdbcTemplate(ctx.getBean("first", DataSource.class)).queryForObject(
              "SELECT COUNT(*) FROM information_schema.tables WHERE table_name LIKE 'SH_%'", Integer.class);
          assertThat(tables).isZero();
        });
    assertThat(output).contains("on DataSource 'second'").contains("named by sessionhub.jdbc.data-source");
  }

  @Test
  @DisplayName("two DataSources and none chosen or primary: the start fails, naming both and the property")
  void ambiguousDataSources() {
    runner.withUserConfiguration(TwoDataSources.class).run(ctx -> assertThat(ctx).hasFailed().getFailure()
        .rootCause().hasMessageContaining("sessionhub.jdbc.data-source").hasMessageContaining("first")
        .hasMessageContaining("second"));
  }

  @Test
  @DisplayName("a data-source name that no bean has: the start fails naming it")
  void unknownDataSource() {
    runner.withUserConfiguration(TwoDataSources.class).withPropertyValues("sessionhub.jdbc.data-source=third")
        .run(ctx -> assertThat(ctx).hasFailed().getFailure().rootCause().hasMessageContaining("'third'"));
  }

  @Test
  @DisplayName("without sessionhub-store-jdbc on the classpath: in memory despite the DataSource")
  void noJdbcModule() {
    runner.withClassLoader(new FilteredClassLoader(JdbcStores.class))
        .withPropertyValues("spring.datasource.url=" + h2Url())
        .run(ctx -> assertThat(ctx).hasSingleBean(SessionHub.class).doesNotHaveBean(SessionStore.class));
  }

  @Test
  @DisplayName("after a host Flyway that creates its own table in an empty schema (Flyway would refuse a non-empty one)")
  void afterHostFlyway() {
    runner.withConfiguration(AutoConfigurations.of(FlywayAutoConfiguration.class))
        .withPropertyValues("spring.datasource.url=" + h2Url(), "spring.flyway.locations=classpath:db/host")
        .run(ctx -> {
          assertThat(ctx).hasNotFailed();
          assertThat(ctx.getBeanFactory().getBeanDefinition("sessionHubJdbcStores").getDependsOn())
              .as("the store waits for the host's Flyway by a declared dependency, not by luck")
              .contains("flywayInitializer");
          DataSource ds = ctx.getBean(DataSource.class);
          assertThat(rows(ds, "host_things")).isEqualTo(1);
          ctx.getBean(SessionHub.class).create("ann", NewSession.named("x"));
          assertThat(rows(ds, "sh_sessions")).isEqualTo(1);
          assertThat(rows(ds, "\"flyway_schema_history\" WHERE \"type\" = 'SQL' AND \"success\"")).isEqualTo(1);
        });
  }

  @Test
  @DisplayName("sessionhub.jdbc.migrate=false: the host's Flyway runs the store's scripts, and the store works on them")
  void migrationsLeftToHostFlyway() {
    runner.withConfiguration(AutoConfigurations.of(FlywayAutoConfiguration.class))
        .withPropertyValues("spring.datasource.url=" + h2Url(), "sessionhub.jdbc.migrate=false",
            "spring.flyway.locations=classpath:db/sessionhub/h2", "spring.flyway.placeholders.prefix=sh_")
        .run(ctx -> {
          DataSource ds = ctx.getBean(DataSource.class);
          assertThat(rows(ds, "\"flyway_schema_history\" WHERE \"type\" = 'SQL' AND \"success\""))
              .as("every script the store ships ran").isEqualTo(shippedH2Scripts());
          Integer own = new JdbcTemplate(ds).queryForObject(
              "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'SH_MIGRATIONS'", Integer.class);
          assertThat(own).isZero();
          SessionHub hub = ctx.getBean(SessionHub.class);
          Session s = hub.create("ann", NewSession.named("on Flyway's tables"));
          assertThat(hub.get("ann", s.id()).name()).isEqualTo("on Flyway's tables");
          assertThat(rows(ds, "sh_sessions")).isEqualTo(1);
        });
  }

  @Test
  @DisplayName("sessionhub.jdbc.migrate=false and nobody migrates: the store finds no tables")
  void migrateFalseCreatesNothing() {
    runner.withPropertyValues("spring.datasource.url=" + h2Url(), "sessionhub.jdbc.migrate=false").run(ctx -> {
      Integer tables = new JdbcTemplate(ctx.getBean(DataSource.class)).queryForObject(
          "SELECT COUNT(*) FROM information_schema.tables WHERE table_name LIKE 'SH_%'", Integer.class);
      assertThat(tables).isZero();
    });
  }

  /** The H2 scripts in the JDBC store's jar, however many there are by now. */
  private static int shippedH2Scripts() throws java.io.IOException {
    return new org.springframework.core.io.support.PathMatchingResourcePatternResolver()
        .getResources("classpath:db/sessionhub/h2/V*__*.sql").length;
  }
}
