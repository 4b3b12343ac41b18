package dev.sessionhub.cache.redis;

import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** Two instances on one in-process H2 database. */
class H2TwoInstancesTest extends TwoInstancesBehaviour {

  private static final JdbcDataSource H2 = new JdbcDataSource();

  static {
    H2.setURL("jdbc:h2:mem:two-instances;DB_CLOSE_DELAY=-1");
  }

  @Override
  protected DataSource database() {
    return H2;
  }
}
