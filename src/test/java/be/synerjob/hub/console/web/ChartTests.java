package be.synerjob.hub.console.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The geometry of the server-drawn charts and of the hexagon map. */
class ChartTests {

  @Test
  void scalesEndOnFourRoundGridSteps() {
    assertThat(Chart.niceMax(0)).isEqualTo(4);
    assertThat(Chart.niceMax(3)).isEqualTo(4);
    assertThat(Chart.niceMax(6)).isEqualTo(8);
    assertThat(Chart.niceMax(37)).isEqualTo(40);
    assertThat(Chart.niceMax(41)).isEqualTo(80);
    assertThat(Chart.niceMax(1234)).isEqualTo(2000);
  }

  @Test
  void stackedColumnsAreAsHighAsTheirValues() {
    Chart c =
        Chart.stackedColumns(
            List.of("a", "b"),
            List.of(
                new Chart.Series("ok", "s0", List.of(2.0, 0.0)),
                new Chart.Series("bad", "s4", List.of(2.0, 1.0))),
            1);
    // scale 0..4 over a plot 200 px high: 2 records = 100 px, stacked on each other
    assertThat(c.rects()).hasSize(3);
    Chart.Rect ok = c.rects().get(0);
    Chart.Rect bad = c.rects().get(1);
    assertThat(ok.h()).isEqualTo(100.0);
    assertThat(bad.h()).isEqualTo(100.0);
    assertThat(bad.y() + bad.h()).isEqualTo(ok.y());
    assertThat(c.rects().get(2).h()).isEqualTo(50.0);
    assertThat(c.legend()).extracting(Chart.Legend::text).containsExactly("ok", "bad");
  }

  @Test
  void progressBarsFillTheShareDone() {
    Chart c =
        Chart.progress(List.of("FOREM", "ADG"), List.of(1L, 0L), List.of(4L, 0L), "read", "unread");
    // the full bar, then the part done: a quarter for FOREM; nothing pending counts as done
    assertThat(c.rects().get(1).w()).isEqualTo(c.rects().get(0).w() / 4);
    assertThat(c.rects().get(3).w()).isEqualTo(c.rects().get(2).w());
  }

  @Test
  void theHexagonMapCoversBelgiumWithEveryProvinceAndItsBorders() {
    BelgiumMap.Geometry g = BelgiumMap.build(be.synerjob.hub.geo.Gazetteer.load().postcodes());
    assertThat(g.hexes().size()).isBetween(400, 900);
    assertThat(g.centres()).hasSize(11);
    assertThat(g.edges()).extracting(BelgiumMap.Edge::kind).contains("outer", "region", "province");
    // Antwerp lies north of Namur, Liège east of Hainaut
    var c = g.centres();
    assertThat(c.get(be.synerjob.hub.geo.Province.ANTWERP)[1])
        .isLessThan(c.get(be.synerjob.hub.geo.Province.NAMUR)[1]);
    assertThat(c.get(be.synerjob.hub.geo.Province.LIEGE)[0])
        .isGreaterThan(c.get(be.synerjob.hub.geo.Province.HAINAUT)[0]);
  }
}
