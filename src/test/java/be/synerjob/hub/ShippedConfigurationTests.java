package be.synerjob.hub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * The embedded database URL the hub ships with opens a database: the tests run on in-memory URLs of
 * their own, so a setting H2 refuses in the shipped one (it once had {@code DB_CLOSE_ON_EXIT=FALSE}
 * beside {@code AUTO_SERVER=TRUE}) would otherwise only show when someone runs the quick start.
 */
class ShippedConfigurationTests {

  @Test
  @SuppressWarnings("unchecked")
  void theShippedH2UrlOpensADatabase(@TempDir Path dir) throws Exception {
    Map<String, Object> yml;
    try (InputStream in = getClass().getResourceAsStream("/application.yml")) {
      yml = new Yaml().load(in);
    }
    Map<String, Object> datasource =
        (Map<String, Object>) ((Map<String, Object>) yml.get("spring")).get("datasource");
    String url = (String) datasource.get("url");
    assertThat(url).startsWith("jdbc:h2:file:./data/db/hub;");
    String here = url.replace("./data/db/hub", dir.resolve("hub").toString().replace('\\', '/'));
    try (Connection c =
            DriverManager.getConnection(
                here, (String) datasource.get("username"), (String) datasource.get("password"));
        ResultSet rs = c.createStatement().executeQuery("SELECT 1")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getInt(1)).isEqualTo(1);
    }
  }
}
