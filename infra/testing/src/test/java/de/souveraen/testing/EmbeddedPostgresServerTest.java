package de.souveraen.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedPostgresServerTest {

    @Test
    void starts_on_127_0_0_1_and_a_table_can_be_written_and_read() throws Exception {
        long begin = System.nanoTime();
        try (EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(null, 0)) {
            System.out.printf("PostgreSQL (temporary) started in %d ms%n", (System.nanoTime() - begin) / 1_000_000);
            pg.createDatabaseIfMissing("things");
            pg.createDatabaseIfMissing("things"); // idempotent

            try (Connection c = pg.connect("things"); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE thing (id int PRIMARY KEY, name text NOT NULL)");
                st.execute("INSERT INTO thing VALUES (1, 'Ratsinformationssystem'), (2, 'Groupware')");
                assertThat(query(st, "SELECT string_agg(name, ',' ORDER BY id) FROM thing"))
                        .isEqualTo("Ratsinformationssystem,Groupware");
                assertThat(query(st, "SHOW listen_addresses")).isEqualTo("127.0.0.1");
                assertThat(Integer.parseInt(query(st, "SHOW max_connections"))).isGreaterThanOrEqualTo(200);
                assertThat(query(st, "SHOW fsync")).isEqualTo("off");
            }
            assertThat(pg.jdbcUrl("things")).isEqualTo("jdbc:postgresql://127.0.0.1:" + pg.port() + "/things");
            assertThat(pg.reactiveUrl("things")).isEqualTo("postgresql://127.0.0.1:" + pg.port() + "/things");
        }
    }

    @Test
    void keeps_its_data_across_stop_and_start_and_a_new_server_on_the_same_directory(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("pg");
        EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(data, 0);
        int port = pg.port();
        try {
            pg.createDatabaseIfMissing("budget");
            try (Connection c = pg.connect("budget"); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE expense (id int PRIMARY KEY, cents bigint NOT NULL)");
                st.execute("INSERT INTO expense VALUES (1, 123456)");
                assertThat(query(st, "SHOW fsync")).isEqualTo("on"); // kept data is written durably
            }

            pg.stop();
            assertThat(pg.isRunning()).isFalse();
            assertThatThrownBy(() -> pg.connect("budget")).isInstanceOf(SQLException.class);

            long begin = System.nanoTime();
            pg.start();
            System.out.printf("PostgreSQL restarted (data kept) in %d ms%n", (System.nanoTime() - begin) / 1_000_000);
            assertThat(pg.port()).isEqualTo(port);
            try (Connection c = pg.connect("budget"); Statement st = c.createStatement()) {
                assertThat(query(st, "SELECT cents FROM expense WHERE id = 1")).isEqualTo("123456");
                st.execute("INSERT INTO expense VALUES (2, 99)");
            }
        } finally {
            pg.close();
        }
        assertThat(Files.exists(data.resolve("postgresql.conf"))).as("a given directory is kept").isTrue();

        try (EmbeddedPostgresServer again = EmbeddedPostgresServer.start(data, 0);
                Connection c = again.connect("budget"); Statement st = c.createStatement()) {
            assertThat(query(st, "SELECT sum(cents) FROM expense")).isEqualTo("123555");
        }
    }

    @Test
    void a_temporary_directory_is_deleted_on_close() {
        EmbeddedPostgresServer pg = EmbeddedPostgresServer.start(null, 0);
        Path data = pg.dataDirectory();
        assertThat(data.resolve("PG_VERSION")).exists();
        pg.close();
        assertThat(data).doesNotExist();
        assertThatThrownBy(pg::start).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refuses_database_names_that_are_not_plain_identifiers() {
        EmbeddedPostgresServer pg = SharedInfrastructure.postgres();
        assertThatThrownBy(() -> pg.createDatabaseIfMissing("x\"; DROP DATABASE postgres; --"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static String query(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            assertThat(rs.next()).isTrue();
            return rs.getString(1);
        }
    }
}
