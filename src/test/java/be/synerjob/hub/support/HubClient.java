package be.synerjob.hub.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client against a hub on loopback, as a partner's integration would use it. */
public final class HubClient {

  public static final JsonMapper JSON = JsonMapper.builder().build();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final String base;

  public HubClient(int port) {
    this.base = "http://127.0.0.1:" + port;
  }

  /** A response with its parsed JSON body (null when the body is empty or not JSON). */
  public record Response(int status, HttpResponse<String> raw, JsonNode json) {
    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  public Response get(String path, String key, String... headers) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).GET();
    return send(auth(b, key, headers));
  }

  /**
   * The body as text, unparsed (for benchmarks that must not measure the client's JSON parsing).
   */
  public String getRaw(String path, String key) {
    try {
      HttpResponse<String> r =
          http.send(
              auth(HttpRequest.newBuilder(URI.create(base + path)).GET(), key).build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new IllegalStateException(path + " answered " + r.statusCode() + ": " + r.body());
      }
      return r.body();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /**
   * Reads the body as bytes and keeps only its last {@code tail} characters: a client that streams
   * a page into its own store pays for reading the bytes, not for building one large string.
   */
  public String getTail(String path, String key, int tail) {
    try {
      HttpResponse<java.io.InputStream> r =
          http.send(
              auth(HttpRequest.newBuilder(URI.create(base + path)).GET(), key).build(),
              HttpResponse.BodyHandlers.ofInputStream());
      byte[] buf = new byte[1 << 16];
      byte[] last = new byte[tail];
      int kept = 0;
      try (java.io.InputStream in = r.body()) {
        int n;
        while ((n = in.read(buf)) > 0) {
          if (n >= tail) {
            System.arraycopy(buf, n - tail, last, 0, tail);
            kept = tail;
          } else {
            int keep = Math.min(kept, tail - n);
            System.arraycopy(last, kept - keep, last, 0, keep);
            System.arraycopy(buf, 0, last, keep, n);
            kept = keep + n;
          }
        }
      }
      if (r.statusCode() != 200) {
        throw new IllegalStateException(path + " answered " + r.statusCode());
      }
      return new String(last, 0, kept, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public Response post(String path, String key, String body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    return send(auth(b, key));
  }

  public Response put(String path, String key, String body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(body));
    return send(auth(b, key));
  }

  public Response delete(String path, String key) {
    return send(auth(HttpRequest.newBuilder(URI.create(base + path)).DELETE(), key));
  }

  private static HttpRequest.Builder auth(HttpRequest.Builder b, String key, String... headers) {
    if (key != null) {
      b.header("Authorization", "Bearer " + key);
    }
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return b.timeout(Duration.ofSeconds(60));
  }

  private Response send(HttpRequest.Builder b) {
    try {
      HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
      JsonNode json = null;
      String ct = r.headers().firstValue("Content-Type").orElse("");
      if (!r.body().isEmpty() && ct.contains("json")) {
        json = JSON.readTree(r.body());
      }
      return new Response(r.statusCode(), r, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
