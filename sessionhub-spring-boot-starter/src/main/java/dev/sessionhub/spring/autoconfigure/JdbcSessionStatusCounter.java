package dev.sessionhub.spring.autoconfigure;

import dev.sessionhub.model.SessionStatus;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.EnumMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * One {@code SELECT status, COUNT(*) ... GROUP BY status} over the sessions table. The table has
 * no index on status, so this reads every row: it is run at most once per refresh interval.
 */
final class JdbcSessionStatusCounter implements SessionStatusCounter {

  private final DataSource dataSource;
  private final String sql;

  JdbcSessionStatusCounter(DataSource dataSource, String sessionsTable) {
    this.dataSource = dataSource;
    this.sql = "SELECT status, COUNT(*) FROM " + sessionsTable + " GROUP BY status";
  }

  @Override
  public Map<SessionStatus, Long> countByStatus() {
    Map<SessionStatus, Long> counts = new EnumMap<>(SessionStatus.class);
    try (Connection c = dataSource.getConnection();
         PreparedStatement ps = c.prepareStatement(sql);
         ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        counts.merge(SessionStatus.valueOf(rs.getString(1)), rs.getLong(2), Long::sum);
      }
      return counts;
    } catch (SQLException e) {
      throw new IllegalStateException("could not count sessions by status: " + sql, e);
    }
  }
}
