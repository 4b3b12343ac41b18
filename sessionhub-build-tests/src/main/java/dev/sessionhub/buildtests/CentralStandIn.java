package dev.sessionhub.buildtests;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
* A stand-in for the Central Portal's upload endpoint, on the loopback interface, so that the
* release profile runs to its end (central-publishing-maven-plugin 0.9.0 always uploads the bundle
* it made) without anything leaving this machine. It keeps each upload and answers with a
* deployment id; every other request gets 404.
*/
public final class CentralStandIn implements AutoCloseable {

  /** The upload path of the Central Portal's publisher API. */
  static final String UPLOAD_PATH = "/api/v1/publisher/upload";

  /**
  * One upload as received.
  *
  * @param query the decoded query parameters (the plugin sends {@code name} and
  *     {@code publishingType})
  * @param authorization the Authorization header, or {@code null}
  * @param body the raw multipart body, which holds the bundle
  */
  public record Upload(Map<String, String> query, String authorization, byte[] body) {
  }

  private final HttpServer server;
  private final List<Upload> uploads = new CopyOnWriteArrayList<>();

  private CentralStandIn(HttpServer server) {
    this.server = server;
  }

  /** Starts the stand-in on a free port of the loopback interface. */
  public static CentralStandIn start() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    CentralStandIn standIn = new CentralStandIn(server);
    server.createContext("/", standIn::handle);
    server.start();
    return standIn;
  }

  /** The base URL to give the plugin as {@code centralBaseUrl}. */
  public URI baseUrl() {
    InetSocketAddress address = server.getAddress();
    return URI.create("http://" + address.getAddress().getHostAddress() + ":" + address.getPort());
  }

  /** The uploads received so far, in order. */
  public List<Upload> uploads() {
    return List.copyOf(uploads);
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange; InputStream in = exchange.getRequestBody()) {
      byte[] body = in.readAllBytes();
      if (!"POST".equals(exchange.getRequestMethod()) || !UPLOAD_PATH.equals(exchange.getRequestURI().getPath())) {
        respond(exchange, 404, "not part of the stand-in: " + exchange.getRequestURI());
        return;
      }
      uploads.add(new Upload(query(exchange.getRequestURI()),
          exchange.getRequestHeaders().getFirst("Authorization"), body));
      respond(exchange, 201, "rehearsal-deployment-" + uploads.size());
    }
  }

  private static void respond(HttpExchange exchange, int status, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> parameters = new LinkedHashMap<>();
    String raw = uri.getRawQuery();
    if (raw == null || raw.isEmpty()) {
      return parameters;
    }
    for (String pair : raw.split("&")) {
      int equals = pair.indexOf('=');
      String name = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      parameters.put(
          URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
    }
    return parameters;
  }
}
