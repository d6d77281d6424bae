package dev.cfscale.findings;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** Money in findings and rule texts reads as money: cents shown, tiny unit prices not rounded away. */
class FiguresTest {

  @Test
  void usd_showsCentsWhenThereAreAny_andKeepsSubCentPrices() {
    assertThat(Figures.usd(new BigDecimal("4.5"))).isEqualTo("$4.50");
    assertThat(Figures.usd(new BigDecimal("0.02"))).isEqualTo("$0.02");
    assertThat(Figures.usd(new BigDecimal("0.001"))).isEqualTo("$0.001");
    assertThat(Figures.usd(new BigDecimal("100.000"))).isEqualTo("$100");
    assertThat(Figures.usd(new BigDecimal("2000"))).isEqualTo("$2,000");
  }
}
