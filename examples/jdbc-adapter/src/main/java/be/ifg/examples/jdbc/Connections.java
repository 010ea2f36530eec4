package be.ifg.examples.jdbc;

import be.ifg.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.Deque;
import javax.sql.DataSource;

/**
 * Where a {@link JdbcStore} gets its connections: a caller's {@link DataSource} (its pool), or a
 * small pool of its own on a JDBC URL. Thread-safe.
 */
abstract class Connections implements AutoCloseable {
  /** A connection for one operation; give it back with {@link #release}. */
  abstract Connection get() throws SQLException;

  /** Gives a connection back; {@code broken} when it failed and must not be reused. */
  abstract void release(Connection c, boolean broken);

  @Override
  public abstract void close();

  static Connections of(DataSource dataSource) {
    return new Connections() {
      @Override
      Connection get() throws SQLException {
        return dataSource.getConnection();
      }

      @Override
      void release(Connection c, boolean broken) {
        closeQuietly(c);
      }

      @Override
      public void close() {}
    };
  }

  static Connections of(String url) {
    return new Pool(url);
  }

  static void closeQuietly(Connection c) {
    try {
      c.close();
    } catch (SQLException ignored) {
      // a connection that cannot even close is of no further use either way
    }
  }

  /** Keeps idle connections open, so an embedded database stays open while the store is. */
  private static final class Pool extends Connections {
    private static final int MAX_IDLE = 8;

    private final String url;
    private final Deque<Connection> idle = new ArrayDeque<>();
    private boolean closed;

    Pool(String url) {
      this.url = url;
    }

    @Override
    Connection get() throws SQLException {
      synchronized (idle) {
        if (closed) {
          throw new PersistenceException("the store on " + redact(url) + " is closed");
        }
        Connection c = idle.pollFirst();
        if (c != null) {
          return c;
        }
      }
      return DriverManager.getConnection(url);
    }

    @Override
    void release(Connection c, boolean broken) {
      synchronized (idle) {
        if (!broken && !closed && idle.size() < MAX_IDLE) {
          idle.addFirst(c);
          return;
        }
      }
      closeQuietly(c);
    }

    @Override
    public void close() {
      synchronized (idle) {
        closed = true;
        idle.forEach(Connections::closeQuietly);
        idle.clear();
      }
    }
  }

  /** A URL fit for a message: without a password. */
  static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^;&]*", "$1***");
  }
}
