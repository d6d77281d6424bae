package dev.cfscale.analysis.d1;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** SQLite's words reach the user without the driver's wrapping, and an interrupt is a sentence. */
class SqliteMessageTest {
  @Test
  void driverWrapping_isRemoved() {
    assertThat(D1Advisor.message(new SQLException("[SQLITE_ERROR] SQL error or missing database (no such table: orders)")))
        .isEqualTo("no such table: orders");
    assertThat(D1Advisor.message(new SQLException("[SQLITE_ERROR] SQL error or missing database (near \"(\": syntax error)")))
        .isEqualTo("near \"(\": syntax error");
  }

  @Test
  void interrupt_isASentence_notAFragmentOfTheDriversText() {
    // the driver's text: "[SQLITE_INTERRUPT] Operation terminated by sqlite3_interrupt() (interrupted)"; cutting at
    // the first parenthesis printed ") (interrupted"
    assertThat(D1Advisor.message(new SQLException("[SQLITE_INTERRUPT] Operation terminated by sqlite3_interrupt() (interrupted)")))
        .isEqualTo("stopped: the statement ran longer than the time SQLite is given per statement");
  }
}
